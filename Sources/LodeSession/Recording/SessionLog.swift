/// The lines of one interactive session plus the state it started from (corpus
/// fingerprint and settings), which is what `:save` needs to write a faithful replay.
///
/// The start state, not the current one, goes into the header: statements that change
/// settings or load files are replayed in order, so the replay starts where the session did.
public final class SessionLog {
  public let corpusFingerprint: String
  public let settings: [(name: String, value: String)]
  public private(set) var records: [SessionRecord] = []

  public init(corpusFingerprint: String, settings: [(name: String, value: String)]) {
    self.corpusFingerprint = corpusFingerprint
    self.settings = settings
  }

  /// A log that starts from `runner`'s current corpus and settings.
  public convenience init(startingFrom runner: any LineRunner) {
    self.init(corpusFingerprint: runner.corpusFingerprint, settings: runner.settingsInEffect)
  }

  public func append(_ record: SessionRecord) { records.append(record) }

  /// Runs `line` through `runner` and records the outcome (for shells that let the log drive).
  @discardableResult
  public func run(_ line: String, on runner: any LineRunner) -> LineOutcome {
    let outcome = runner.run(line)
    append(SessionRecord(input: line, outcome: outcome))
    return outcome
  }

  /// A writer over everything recorded so far.
  public var writer: ScriptWriter {
    ScriptWriter(corpusFingerprint: corpusFingerprint, settings: settings, records: records)
  }
}
