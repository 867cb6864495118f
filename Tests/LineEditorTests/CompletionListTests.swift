import Testing

@testable import LineEditor

@Suite struct CompletionListTests {
  @Test func commonPrefixOfCandidates() {
    #expect(CompletionList.commonPrefix(["timeline", "timeline add", "times"]) == "time")
    #expect(CompletionList.commonPrefix(["quotes"]) == "quotes")
    #expect(CompletionList.commonPrefix([]) == "")
    #expect(CompletionList.commonPrefix(["abc", "xyz"]) == "")
  }

  @Test func candidatesAreLaidOutInColumnsDownThenAcross() {
    let text = CompletionList.columns(["dd", "a", "bb", "c", "e"], width: 12)
    #expect(text == "a   c   e\nbb  dd\n")
  }

  @Test func oneColumnWhenTheTerminalIsNarrow() {
    #expect(CompletionList.columns(["alpha", "beta"], width: 3) == "alpha\nbeta\n")
  }
}
