import Foundation
import LodeCore
import Testing

@testable import LodeSession

/// The shell's side of sessions, driven the way the shell will drive it.
@Suite struct SessionControllerTests {
  /// A miniature shell loop: meta-commands go to the controller, the rest to a calculator.
  final class MiniShell: LineRunner {
    let calculator = CalculatorRunner()
    var controller: SessionController?
    var corpusFingerprint: String { calculator.corpusFingerprint }
    var settingsInEffect: [(name: String, value: String)] { calculator.settingsInEffect }

    func run(_ line: String) -> LineOutcome {
      if let done = controller?.perform(line, runner: self) {
        let errors = done.diagnostics.map { "error: \($0.message)\n" }.joined()
        return LineOutcome(output: done.output + errors, failed: done.failed)
      }
      return calculator.run(line)
    }

    /// What the interactive loop does per typed line.
    func type(_ line: String) -> LineOutcome {
      _ = controller?.entered(line)
      let outcome = run(line)
      controller?.ran(line, outcome: outcome)
      return outcome
    }
  }

  @Test func journalsSavesAndRunsThroughOneObject() throws {
    let dir = try TempFolder()
    let shell = MiniShell()
    let controller = SessionController(
      runner: shell, journal: Journal(directory: dir.file("journal")),
      stack: ReplayStack(baseDirectory: dir.path))
    shell.controller = controller
    #expect(shell.type("1 + 2").output == "3\n")
    #expect(shell.type(":journal").output == (controller.journal?.path ?? "") + "\n")
    #expect(shell.type(":save s.lode").output.hasSuffix("s.lode (1 line)\n"))
    let again = shell.type(":save s.lode")
    #expect(again.failed && again.output.contains("already exists"))
    #expect(shell.type(":run s.lode").output == "3\n")
    let journal = try String(contentsOfFile: controller.journal?.path ?? "", encoding: .utf8)
    #expect(
      journal == "# lode journal 1\n1 + 2\n:journal\n:save s.lode\n:save s.lode\n:run s.lode\n")
    #expect(controller.log.writer.script().hasSuffix("1 + 2\n:run s.lode\n"))
  }
}
