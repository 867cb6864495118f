import LodeCore
import LodeSession

extension MetaCommand {
  /// `:save [--transcript] [--force] FILE` — writes the session as a replayable script
  /// (or a transcript of inputs and outputs); never overwrites without `--force`.
  public static let save = MetaCommand(
    name: ":save", summary: "save the session as a script (or --transcript)",
    usage: ":save [--transcript] [--force] FILE", completion: .files
  ) { shell, arguments throws(Diagnostic) in
    try shell.performSession(":save", arguments)
  }

  /// `:run [--keep-going] [--echo] FILE` — replays a script or a transcript's inputs.
  public static let run = MetaCommand(
    name: ":run", summary: "replay a script or transcript",
    usage: ":run [--keep-going] [--echo] FILE", completion: .files
  ) { shell, arguments throws(Diagnostic) in
    try shell.performSession(":run", arguments)
  }

  /// `:journal` — where this session's lines are being journaled.
  public static let journal = MetaCommand(
    name: ":journal", summary: "print the path of this session's journal", usage: ":journal"
  ) { shell, arguments throws(Diagnostic) in
    try shell.performSession(":journal", arguments)
  }
}

extension Shell {
  /// Hands a session meta-command to the `SessionController`.
  func performSession(_ name: String, _ arguments: String) throws(Diagnostic) -> MetaCommand.Result {
    guard let r = session.perform(name + arguments, runner: self) else {
      throw Diagnostic(.name, id: "meta.unknown", "no meta-command named `\(name)`")
    }
    return MetaCommand.Result(r.output, diagnostics: r.diagnostics, failed: r.failed)
  }
}
