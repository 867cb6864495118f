import LodeCore
import LodeSession

extension MetaCommand {
  /// `:save [--transcript] [--force] FILE` — writes the session as a replayable script
  /// (or a transcript of inputs and outputs); never overwrites without `--force`.
  public static let save = MetaCommand(
    name: ":save", summary: "save the session as a script (or --transcript)",
    signature: Signature(
      [Parameter("file", .word, help: "where to write", completion: .files(extensions: []))],
      flags: [
        Flag("transcript", short: "t", help: "inputs with their outputs, for lode check"),
        Flag("force", short: "f", help: "overwrite an existing file"),
      ])
  ) { shell, arguments throws(Diagnostic) in
    let command = SaveCommand(
      path: arguments.string("file") ?? "", transcript: arguments.flag("transcript"),
      force: arguments.flag("force"))
    return Result(try shell.session.save(command) + "\n")
  }

  /// `:run [--keep-going] [--echo] FILE` — replays a script or a transcript's inputs.
  public static let run = MetaCommand(
    name: ":run", summary: "replay a script or transcript",
    signature: Signature(
      [Parameter("file", .word, help: "a script or transcript", completion: .files(extensions: []))],
      flags: [
        Flag("keep-going", short: "k", help: "go on after a failing statement"),
        Flag("echo", short: "e", help: "print each statement before its output"),
      ])
  ) { shell, arguments throws(Diagnostic) in
    let command = RunCommand(
      path: arguments.string("file") ?? "",
      options: ReplayOptions(keepGoing: arguments.flag("keep-going"), echo: arguments.flag("echo")))
    let (outcome, diagnostics) = shell.session.run(command, runner: shell)
    return Result(outcome.output, diagnostics: diagnostics, failed: outcome.failed)
  }

  /// `:journal` — where this session's lines are being journaled.
  public static let journal = MetaCommand(
    name: ":journal", summary: "print the path of this session's journal"
  ) { shell, _ throws(Diagnostic) in
    Result((shell.session.journalPath ?? "this session has no journal") + "\n")
  }
}
