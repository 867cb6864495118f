import LodeCore

/// Everything a shell needs for sessions in one place: journal each entered line, record
/// what it printed, and perform `:save`, `:run` and `:journal`.
///
/// The shell owns one and calls `entered` before running a typed line, `ran` after it,
/// and `save`, `run` and `journalPath` for its meta-commands; the runner is passed per
/// call so nothing retains it.
public final class SessionController {
  public let log: SessionLog
  /// Nil when journaling is off (non-interactive runs).
  public let journal: Journal?
  public let stack: ReplayStack
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

  /// `:save`: writes the session log; returns the line to print.
  public func save(_ command: SaveCommand) throws(Diagnostic) -> String {
    try command.perform(log: log, stack: stack)
  }

  /// `:run`: replays a file through `runner`; what it printed, and replay problems.
  public func run(
    _ command: RunCommand, runner: any LineRunner
  ) -> (
    outcome: LineOutcome, diagnostics: [Diagnostic]
  ) {
    command.perform(runner: runner, stack: stack, isCancelled: isCancelled)
  }

  /// `:journal`: the journal's path, nil when this session has none.
  public var journalPath: String? {
    guard let journal, journal.isActive else { return nil }
    return journal.path
  }
}
