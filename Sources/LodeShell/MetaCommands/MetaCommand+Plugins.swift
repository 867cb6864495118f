import LodeCore

extension MetaCommand {
  /// `:plugins` — every discovered plugin with its version, commands and process state.
  public static let plugins = MetaCommand(
    name: ":plugins", summary: "list plugins, their commands and state", usage: ":plugins", listsCommands: true
  ) { shell, arguments throws(Diagnostic) in
    guard arguments.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw MetaCommand.usageError(":plugins", "`:plugins` takes no arguments")
    }
    guard let host = shell.plugins, !host.plugins.isEmpty else {
      return Result("no plugins found\n")
    }
    let renderer = shell.valueRenderer(style: shell.lineStyle, width: shell.lineWidth)
    return Result(renderer.render(.table(host.statusTable)))
  }
}
