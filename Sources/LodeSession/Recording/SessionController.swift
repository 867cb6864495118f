import LodeCore

/// Everything a shell needs for sessions in one place: journal each entered line, record
/// what it printed, and perform `:save`, `:run` and `:journal`.
///
/// The shell owns one and calls `entered` before running a typed line, `ran` after it,
/// and `perform` for meta-commands; the runner is passed per call so nothing retains it.
public final class SessionController {
  public let log: SessionLog
  /// Nil when journaling is off (non-interactive runs).
  public let journal: Journal?
  public let stack: ReplayStack
  /// Whether an input needs more lines (set to `Interpreter.needsMoreInput`).
  public var continues: (String) -> Bool = Script.needsMoreInput
  /// Checked between replayed statements (set to the context's Ctrl-C flag).
  public var isCancelled: () -> Bool = { false }

  /// Starts recording from `runner`'s current corpus and settings; prunes old journals
  /// to the `journal.keep` setting.
  public init(
    runner: any LineRunner, journal: Journal? = Journal(), stack: ReplayStack = ReplayStack(),
    settings: Settings = Settings()
  ) {
    log = SessionLog(startingFrom: runner)
    self.journal = journal
    self.stack = stack
    journal?.prune(settings: settings)
  }

  /// Journals a typed line; call before running it. Returns a warning the first time the
  /// journal cannot be written.
  public func entered(_ line: String) -> Diagnostic? {
    journal?.append(line)
  }

  /// Records what a typed line printed; call after running it.
  public func ran(_ line: String, outcome: LineOutcome, errorSummary: String? = nil) {
    log.append(SessionRecord(input: line, outcome: outcome, errorSummary: errorSummary))
  }

  /// The meta-commands this controller performs.
  public static let commands: Set<String> = ["save", "run", "journal"]

  /// Performs `:save …`, `:run …` or `:journal` and returns what to print plus diagnostics
  /// to render; nil for any other line. `failed` mirrors `LineOutcome.failed`.
  public func perform(_ line: String, runner: any LineRunner) -> (
    output: String, diagnostics: [Diagnostic], failed: Bool
  )? {
    guard let name = MetaLine.name(of: line), SessionController.commands.contains(name)
    else { return nil }
    let arguments = MetaLine.arguments(of: line)
    do throws(Diagnostic) {
      switch name {
      case "save":
        let message = try SaveCommand(arguments: arguments).perform(log: log, stack: stack)
        return (message + "\n", [], false)
      case "run":
        let command = try RunCommand(arguments: arguments)
        let (outcome, diagnostics) = command.perform(
          runner: runner, stack: stack, continues: continues, isCancelled: isCancelled)
        return (outcome.output, diagnostics, outcome.failed)
      default:
        guard arguments.isEmpty else {
          throw Diagnostic(.argument, id: "session.args.count", ":journal takes no arguments")
        }
        guard let journal, journal.isActive else {
          return ("this session has no journal\n", [], false)
        }
        return (journal.path + "\n", [], false)
      }
    } catch {
      return ("", [error], true)
    }
  }
}
