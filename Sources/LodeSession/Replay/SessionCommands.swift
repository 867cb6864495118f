import LodeCore

/// `:save [--transcript] [--force] FILE`, parsed: what to write and where.
public struct SaveCommand: Sendable, Hashable {
  public static let usage = ":save [--transcript] [--force] FILE"
  public var path: String
  public var transcript: Bool
  public var force: Bool

  /// Parses the text after `:save`.
  public init(arguments: String) throws(Diagnostic) {
    let args = MetaArguments(arguments)
    try args.check(allowed: [["--transcript", "-t"], ["--force", "-f"]], command: ":save")
    path = try args.single("a file name", command: ":save", usage: SaveCommand.usage)
    transcript = args.has(["--transcript", "-t"])
    force = args.has(["--force", "-f"])
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

/// `:run [--keep-going] [--echo] FILE`, parsed.
public struct RunCommand: Sendable, Hashable {
  public static let usage = ":run [--keep-going] [--echo] FILE"
  public var path: String
  public var options: ReplayOptions

  /// Parses the text after `:run`.
  public init(arguments: String) throws(Diagnostic) {
    let args = MetaArguments(arguments)
    try args.check(allowed: [["--keep-going", "-k"], ["--echo", "-e"]], command: ":run")
    path = try args.single("a file name", command: ":run", usage: RunCommand.usage)
    options = ReplayOptions(
      keepGoing: args.has(["--keep-going", "-k"]), echo: args.has(["--echo", "-e"]))
  }

  /// Replays the file through `runner`, collecting what it prints into one outcome.
  /// Replay problems (stopped, unreadable) come back as diagnostics for the shell to render.
  public func perform(
    runner: any LineRunner, stack: ReplayStack,
    continues: @escaping (String) -> Bool = Script.needsMoreInput,
    isCancelled: @escaping () -> Bool = { false }
  ) -> (outcome: LineOutcome, diagnostics: [Diagnostic]) {
    var text = ""
    let replay = ScriptRunner(
      runner: runner, options: options, stack: stack, continues: continues,
      output: { text += $0 })
    replay.isCancelled = isCancelled
    let result = replay.run(path: path)
    return (LineOutcome(output: text, failed: result.exitStatus != 0), result.diagnostics)
  }
}
