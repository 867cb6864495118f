import Testing

@testable import LineEditor

@Suite struct ScriptedReaderTests {
  @Test func replaysTheScriptThenEndsAndRecordsPrompts() {
    let r = ScriptedReader([.line("a"), .interrupted, .line("b")])
    #expect(r.readLine(prompt: "1> ") == .line("a"))
    #expect(r.readLine(prompt: "2> ") == .interrupted)
    #expect(r.readLine(prompt: "3> ") == .line("b"))
    #expect(r.readLine(prompt: "4> ") == .endOfInput)
    #expect(r.prompts == ["1> ", "2> ", "3> ", "4> "])
  }

  @Test func historyIsDeduplicated() {
    let r = ScriptedReader(lines: [])
    r.addHistory("x")
    r.addHistory("y")
    r.addHistory("x")
    #expect(r.history == ["y", "x"])
  }
}
