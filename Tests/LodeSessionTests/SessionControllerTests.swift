import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeSession

/// The shell's side of sessions, driven the way the shell will drive it.
@Suite struct SessionControllerTests {
  /// A miniature shell loop: `:save`, `:run` and `:journal` go to the controller's typed
  /// calls (the shell's meta-commands parse their arguments), the rest to a calculator.
  final class MiniShell: LineRunner {
    let calculator = CalculatorRunner()
    var controller: SessionController?
    var corpusFingerprint: String { calculator.corpusFingerprint }
    var settingsInEffect: [(name: String, value: String)] { calculator.settingsInEffect }

    func run(_ line: String) -> LineOutcome {
      guard let controller, let name = MetaLine.name(of: line) else { return calculator.run(line) }
      let path = MetaLine.arguments(of: line)
      switch name {
      case "save":
        do {
          return LineOutcome(output: try controller.save(SaveCommand(path: path)) + "\n", failed: false)
        } catch {
          return LineOutcome(output: "error: \(error.message)\n", failed: true)
        }
      case "run":
        let (outcome, diagnostics) = controller.run(RunCommand(path: path), runner: self)
        let errors = diagnostics.map { "error: \($0.message)\n" }.joined()
        return LineOutcome(output: outcome.output + errors, failed: outcome.failed)
      case "journal": return LineOutcome(output: (controller.journalPath ?? "none") + "\n", failed: false)
      default: return calculator.run(line)
      }
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
    let dir = try TemporaryDirectory()
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
