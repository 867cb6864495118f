import LodeCore

extension MetaCommand {
  /// `:help` — meta-commands and the commands by module.
  public static let help = MetaCommand(
    name: ":help", summary: "show meta-commands and commands", usage: ":help"
  ) { shell, _ in
    Result(HelpText(style: shell.style).metaCommands(MetaCommand.all) + "\n"
      + HelpText(style: shell.style).overview(shell.interpreter.registry))
  }
}
