import Foundation
import LodeTestSupport
import Testing

@testable import LodeSession

/// The "done when", at unit level: a session saved as a script replays with the
/// same output; saved as a transcript it checks clean, fails on an edited line, and
/// `--update` repairs it.
@Suite struct SessionRoundTripTests {
  let lines = [":set format words", "1 + 2", "nope", "2 |\n3", ":journal", "10 + 20"]

  func typedSession() -> SessionLog {
    let shell = CalculatorRunner()
    let log = SessionLog(startingFrom: shell)
    for line in lines { log.run(line, on: shell) }
    return log
  }

  @Test func aSavedScriptReplaysWithTheSameOutput() throws {
    let dir = try TemporaryDirectory()
    let log = typedSession()
    try log.writer.save(to: dir.file("s.lode"), force: false)
    var printed = ""
    let result = ScriptRunner(
      runner: CalculatorRunner(), output: { printed += $0 }
    ).run(path: dir.file("s.lode"))
    let expected = log.records.filter { !$0.failed && $0.isReplayable }.map(\.output).joined()
    #expect(printed == expected)
    #expect(printed == "sum is 3\nsum is 5\nsum is 30\n")
    #expect(result.exitStatus == 0)
  }

  @Test func aSavedTranscriptChecksFailsWhenEditedAndUpdates() throws {
    let dir = try TemporaryDirectory()
    let path = dir.file("t.lode")
    try typedSession().writer.save(to: path, transcript: true, force: false)
    let checker = { (update: Bool) -> (String, Int32) in
      var printed = ""
      let c = Checker(
        update: update, makeRunner: { _ in CalculatorRunner() }, output: { printed += $0 })
      let status = c.check(paths: [path]).exitStatus
      return (printed, status)
    }
    #expect(checker(false) == ("ok: 1 transcript, 5 inputs\n", 0))

    let original = try dir.read("t.lode")
    try original.replacingOccurrences(of: "sum is 5", with: "sum is 6")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let (report, status) = checker(false)
    #expect(status == 1)
    #expect(report.contains("t.lode:8 expected\n"))
    #expect(report.contains("lode> 2 | …\n@@ -10 +10 @@\n-sum is 6\n+sum is 5\n"))

    #expect(checker(true).1 == 0)
    #expect(try dir.read("t.lode") == original)
    #expect(checker(false).1 == 0)
  }
}
