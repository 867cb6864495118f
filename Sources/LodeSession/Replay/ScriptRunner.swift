import LodeCore

/// How a replay behaves: stop at the first error or keep going, echo inputs or not.
public struct ReplayOptions: Sendable, Hashable {
  /// Run every statement even after one fails (`--keep-going`).
  public var keepGoing: Bool
  /// Print `lode> INPUT` before each statement's output (`--echo`).
  public var echo: Bool

  public init(keepGoing: Bool = false, echo: Bool = false) {
    self.keepGoing = keepGoing
    self.echo = echo
  }
}

/// What a replay did: statements run and failed, and file-level problems (unreadable
/// file, unknown version, where it stopped) for the caller to render.
public struct ReplayResult: Sendable, Hashable {
  public var statementsRun = 0
  public var failures = 0
  /// Errors and warnings about the replay itself, not about a statement's output.
  public var diagnostics: [Diagnostic] = []

  public init() {}

  /// 0 when every statement ran without error, 1 otherwise (`lode run`'s exit status).
  public var exitStatus: Int32 {
    failures > 0 || diagnostics.contains { !$0.isWarning } ? 1 : 0
  }
}

/// Replays a script or a transcript's inputs through a `LineRunner` (`lode run FILE`,
/// `lode run -`, `:run FILE`), writing each statement's output to `output`.
public final class ScriptRunner {
  public let runner: any LineRunner
  public var options: ReplayOptions
  public let stack: ReplayStack
  private let output: (String) -> Void
  /// Checked before each statement; true stops the replay (the shell passes Ctrl-C's flag).
  public var isCancelled: () -> Bool = { false }
  /// Called after each statement (e.g. to record a replay in a `SessionLog` so a
  /// script's own `:save` has something to save).
  public var didRun: (_ input: String, _ outcome: LineOutcome) -> Void = { _, _ in }
  /// Where a statement's errors go (`lode run` passes stderr); nil keeps them in `output`,
  /// in the order they were printed, as transcripts record them.
  public var errorOutput: ((String) -> Void)?

  /// - Parameters:
  ///   - stack: the shell's stack, so `:load`/`:run`/`:save` inside resolve against the script.
  ///   - output: receives text to print, each piece ending with a newline.
  public init(
    runner: any LineRunner, options: ReplayOptions = ReplayOptions(),
    stack: ReplayStack = ReplayStack(),
    output: @escaping (String) -> Void
  ) {
    self.runner = runner
    self.options = options
    self.stack = stack
    self.output = output
  }

  /// Replays the file at `path` (`-` reads standard input); relative paths resolve
  /// against the running script's folder, or the working directory.
  public func run(path: String) -> ReplayResult {
    var result = ReplayResult()
    if path == "-" {
      do {
        let text = try SessionFiles.readStandardInput()
        return run(text: text, name: "-")
      } catch {
        result.diagnostics.append(error)
        return result
      }
    }
    let absolute = stack.resolve(path)
    let text: String
    do {
      text = try SessionFiles.readText(absolute)
      try stack.enter(absolute)
    } catch {
      result.diagnostics.append(error)
      return result
    }
    defer { stack.leave() }
    return run(text: text, name: SessionFiles.display(absolute))
  }

  /// Replays script or transcript `text`; `name` is how messages refer to it.
  public func run(text: String, name: String) -> ReplayResult {
    var result = ReplayResult()
    let file = ReplayFile.parse(text)
    if let version = file.script.version, version > Script.currentVersion {
      result.diagnostics.append(
        Diagnostic(
          .session, id: "session.script.version",
          "\(name) is a version \(version) script; this lode reads version 1",
          hint: "upgrade lode to replay it"))
      return result
    }
    if let recorded = file.script.corpus, recorded != runner.corpusFingerprint {
      result.diagnostics.append(
        Diagnostic(
          .warning, id: "session.corpus.changed",
          "the corpus changed (was \(recorded), now \(runner.corpusFingerprint))",
          hint: "\(name) was saved against another corpus; outputs may differ"))
    }
    for statement in file.script.statements {
      if isCancelled() {
        result.diagnostics.append(
          Diagnostic(
            .runtime, id: "session.replay.cancelled",
            "cancelled before \(name):\(statement.line)"))
        break
      }
      if options.echo { output(ScriptRunner.echo(statement.input)) }
      let outcome = runner.run(statement.input)
      didRun(statement.input, outcome)
      result.statementsRun += 1
      if let errorOutput {
        ScriptRunner.emit(outcome.standardOutput, to: output)
        ScriptRunner.emit(outcome.errors, to: errorOutput)
      } else {
        ScriptRunner.emit(outcome.output, to: output)
      }
      guard outcome.failed else { continue }
      result.failures += 1
      if !options.keepGoing {
        result.diagnostics.append(
          Diagnostic(
            .session, id: "session.replay.stopped",
            "stopped at \(name):\(statement.line) after an error",
            hint: "--keep-going runs the remaining lines"))
        break
      }
    }
    return result
  }

  /// Sends non-empty text to `sink`, ending it with a newline.
  private static func emit(_ text: String, to sink: (String) -> Void) {
    if !text.isEmpty { sink(text.hasSuffix("\n") ? text : text + "\n") }
  }

  /// `lode> first line` plus `...> ` continuation lines, ending with a newline; control
  /// characters in the input are shown, not sent to the terminal.
  public static func echo(_ input: String) -> String {
    TerminalText.visible(input).split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      ($0.offset == 0 ? Transcript.prompt : Transcript.continuation) + $0.element + "\n"
    }.joined()
  }
}
