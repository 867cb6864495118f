import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeSession

@Suite struct ScriptWriterTests {
  /// A session: a setting, a sum, a failure, interactive-only commands, a continued line.
  func session() -> SessionLog {
    let runner = CalculatorRunner()
    let log = SessionLog(
      corpusFingerprint: runner.corpusFingerprint,
      settings: [("money.compact", "true"), ("fx.EUR", "1.08")])
    for line in [
      "1 + 2", "1 + x", ":journal", "2 |\n5", ":history", ":set format words", ":save a.lode",
    ] {
      log.run(line, on: runner)
    }
    return log
  }

  @Test func scriptHasHeaderChangedSettingsStatementsAndFailedComments() {
    let expected = """
      # lode script 1
      # corpus: c0ffee
      :set fx.EUR 1.08
      :set money.compact true
      1 + 2
      # failed: 1 + x
      #   error: `x` is not a number
      2 |
      5
      :set format words

      """
    #expect(session().writer.script() == expected)
  }

  @Test func savedScriptParsesBackToTheSameStatements() {
    let log = session()
    let script = Script.parse(log.writer.script())
    #expect(script.version == 1)
    #expect(script.corpus == "c0ffee")
    #expect(
      script.statements.map(\.input)
        == [":set fx.EUR 1.08", ":set money.compact true", "1 + 2", "2 |\n5", ":set format words"])
    #expect(script.statements.map(\.line) == [3, 4, 5, 8, 10])
  }

  @Test func transcriptKeepsOutputsAndFailures() {
    let text = session().writer.transcript()
    let t = Transcript.parse(text)
    #expect(t.corpus == "c0ffee")
    #expect(t.entries.map(\.input).contains("1 + x"))
    #expect(t.entries.first { $0.input == "1 + x" }?.expected == ["error: `x` is not a number"])
    #expect(t.entries.first { $0.input == "2 |\n5" }?.expected == ["7"])
    #expect(!text.contains(":journal") && !text.contains(":save") && !text.contains(":history"))
  }

  @Test func saveNeverOverwritesWithoutForce() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("keep.lode", "precious\n")
    #expect(throws: Diagnostic.self) { try session().writer.save(to: path, force: false) }
    do {
      try session().writer.save(to: path, force: false)
    } catch {
      #expect(error.id == "session.save.exists")
      #expect(error.hint == "add --force to overwrite it")
    }
    #expect(try dir.read("keep.lode") == "precious\n")
    try session().writer.save(to: path, force: true)
    #expect(try dir.read("keep.lode").hasPrefix("# lode script 1\n"))
  }

  @Test func saveCommandResolvesAgainstTheStack() throws {
    let dir = try TemporaryDirectory()
    let cmd = SaveCommand(path: "my session.lode", transcript: true)
    let message = try cmd.perform(log: session(), stack: ReplayStack(baseDirectory: dir.path))
    #expect(
      message.hasPrefix("saved transcript ") && message.hasSuffix("my session.lode (4 lines)"))
    #expect(try dir.read("my session.lode").hasPrefix("# lode transcript 1\n"))
  }
}
