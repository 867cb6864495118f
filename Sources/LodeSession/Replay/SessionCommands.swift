import LodeCore

/// `:save [--transcript] [--force] FILE`: what to write and where (the shell's
/// meta-command parses the line).
public struct SaveCommand: Sendable, Hashable {
  public var path: String
  public var transcript: Bool
  public var force: Bool

  public init(path: String, transcript: Bool = false, force: Bool = false) {
    self.path = path
    self.transcript = transcript
    self.force = force
  }

  /// Writes `log` (relative paths resolve via `stack`); returns the line to print.
  public func perform(log: SessionLog, stack: ReplayStack) throws(Diagnostic) -> String {
    let target = stack.resolve(path)
    let writer = log.writer
    try writer.save(to: target, transcript: transcript, force: force)
    let count = writer.replayable.count
    let what = transcript ? "transcript" : "script"
    return "saved \(what) \(SessionFiles.display(target)) (\(count) line\(count == 1 ? "" : "s"))"
  }
}

/// `:run [--keep-going] [--echo] FILE`: which file to replay, and how.
public struct RunCommand: Sendable, Hashable {
  public var path: String
  public var options: ReplayOptions

  public init(path: String, options: ReplayOptions = ReplayOptions()) {
    self.path = path
    self.options = options
  }

  /// Replays the file through `runner`, collecting what it prints into one outcome.
  /// Replay problems (stopped, unreadable) come back as diagnostics for the shell to render.
  public func perform(
    runner: any LineRunner, stack: ReplayStack, isCancelled: @escaping () -> Bool = { false }
  ) -> (outcome: LineOutcome, diagnostics: [Diagnostic]) {
    var text = ""
    let replay = ScriptRunner(
      runner: runner, options: options, stack: stack, output: { text += $0 })
    replay.isCancelled = isCancelled
    let result = replay.run(path: path)
    return (LineOutcome(output: text, failed: result.exitStatus != 0), result.diagnostics)
  }
}
