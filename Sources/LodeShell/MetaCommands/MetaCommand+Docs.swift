import LodeCore
import LodeQuery

extension MetaCommand {
  /// `:docs` — the command reference as Markdown (what `docs/commands.md` holds), for the
  /// commands this shell knows, plugins included.
  public static let docs = MetaCommand(
    name: ":docs", summary: "print the command reference as Markdown", listsCommands: true
  ) { shell, _ throws(Diagnostic) in
    return Result(CommandDocs.markdown(registry: shell.interpreter.registry))
  }
}
