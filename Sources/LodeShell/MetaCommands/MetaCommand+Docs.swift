import LodeCore

extension MetaCommand {
  /// `:docs` — the command reference as Markdown (what `docs/commands.md` holds), for the
  /// commands this shell knows, plugins included.
  public static let docs = MetaCommand(
    name: ":docs", summary: "print the command reference as Markdown", usage: ":docs", listsCommands: true
  ) { shell, arguments throws(Diagnostic) in
    guard MetaCommand.words(arguments).isEmpty else {
      throw usageError(":docs", "`:docs` takes no arguments")
    }
    return Result(CommandDocs.markdown(registry: shell.interpreter.registry))
  }
}
