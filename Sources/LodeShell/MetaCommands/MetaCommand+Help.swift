import LodeCore
import LodeQuery

extension MetaCommand {
  /// `:help` — meta-commands and the commands by module.
  public static let help = MetaCommand(
    name: ":help", summary: "show meta-commands and commands", listsCommands: true
  ) { shell, _ in
    let help = HelpText(style: shell.lineStyle, width: shell.lineWidth)
    return Result(
      help.metaCommands(MetaCommand.all) + "\n" + help.overview(shell.interpreter.registry))
  }
}
