import Testing

@testable import LodeSession

@Suite struct TranscriptTests {
  let sample = """
    # lode transcript 1
    # corpus: c0ffee
    lode> 1 + 2
    3
    lode> 1 +
    ...> 4
    5

    # a comment between entries
    lode> :set format words
    lode> 2 + 2
    sum is 4
    \\# not a comment
    \\lode> not a prompt

    """

  @Test func parsesEntriesHeaderAndContinuations() {
    let t = Transcript.parse(sample)
    #expect(t.version == 1)
    #expect(t.corpus == "c0ffee")
    #expect(t.entries.map(\.input) == ["1 + 2", "1 +\n4", ":set format words", "2 + 2"])
    #expect(t.entries.map(\.line) == [3, 5, 10, 11])
    #expect(t.entries[1].expected == ["5"])
    #expect(t.entries[1].outputLine == 7)
    #expect(t.entries[2].expected == [])
    #expect(t.entries[3].expected == ["sum is 4", "# not a comment", "lode> not a prompt"])
  }

  @Test func writesBackExactlyWhatItParsed() {
    #expect(Transcript.parse(sample).text() == sample)
  }

  @Test func escapesOutputThatLooksLikeSyntax() {
    let t = Transcript(items: [
      .entry(Transcript.Entry(input: "x", expected: ["# h", "lode> y", "...> z", "\\w", "ok"]))
    ])
    let text = t.text()
    #expect(text == "lode> x\n\\# h\n\\lode> y\n\\...> z\n\\\\w\nok\n")
    #expect(
      Transcript.parse(text).entries.first?.expected == ["# h", "lode> y", "...> z", "\\w", "ok"])
  }

  @Test func blankLinesInsideOutputAreKept() {
    let t = Transcript.parse("lode> x\na\n\nb\n\nlode> y\n")
    #expect(t.entries.first?.expected == ["a", "", "b"])
    #expect(t.text() == "lode> x\na\n\nb\n\nlode> y\n")
  }

  @Test func updatingReplacesOutputsAndCorpusButKeepsComments() {
    let t = Transcript.parse(sample).updating(
      outputs: [["30"], ["5"], [], ["sum is 4"]], corpus: "beef")
    let text = t.text()
    #expect(text.contains("# corpus: beef\n"))
    #expect(text.contains("lode> 1 + 2\n30\n"))
    #expect(text.contains("# a comment between entries\n"))
    #expect(!text.contains("not a prompt"))
  }

  @Test func scriptsAreNotTranscripts() {
    #expect(Transcript.looksLikeTranscript(sample))
    #expect(!Transcript.looksLikeTranscript("# lode script 1\n1 + 2\n"))
  }
}
