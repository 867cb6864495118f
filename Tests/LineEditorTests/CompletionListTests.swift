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

  @Test func aListingLongerThanTheScreenAsksFirst() {
    let eighty = (1...80).map { "region\($0)" }
    let narrow = CompletionList.columns(eighty, width: 20)
    #expect(CompletionList.needsConfirmation(narrow, terminalRows: 24))
    #expect(!CompletionList.needsConfirmation(CompletionList.columns(eighty, width: 200), terminalRows: 24))
    // 23 lines fit above the prompt of a 24-row screen; 24 do not.
    #expect(!CompletionList.needsConfirmation(String(repeating: "x\n", count: 23), terminalRows: 24))
    #expect(CompletionList.needsConfirmation(String(repeating: "x\n", count: 24), terminalRows: 24))
    #expect(CompletionList.needsConfirmation(String(repeating: "x\n", count: 24), terminalRows: 0))
  }
}
