import LodeCore

extension MetaCommand {
  /// `:plugins` — every discovered plugin with its version, commands and process state;
  /// `:plugins trust NAME` lets a plugin found through the working directory run.
  public static let plugins = MetaCommand(
    name: ":plugins", summary: "list plugins and their state; `trust NAME` lets one run",
    usage: ":plugins [trust NAME]", listsCommands: true
  ) { shell, arguments throws(Diagnostic) in
    let words = MetaCommand.words(arguments)
    if words.first == "trust" {
      guard words.count == 2 else {
        throw MetaCommand.usageError(":plugins [trust NAME]", "`:plugins trust` takes one plugin name")
      }
      let commands = try shell.trustPlugin(words[1])
      return Result("trusted plugin `\(words[1])`; its commands: \(commands.joined(separator: ", "))\n")
    }
    guard words.isEmpty else {
      throw MetaCommand.usageError(":plugins [trust NAME]", "`:plugins` takes no arguments but `trust NAME`")
    }
    guard let host = shell.plugins, !host.plugins.isEmpty || !host.untrustedPlugins.isEmpty else {
      return Result("no plugins found\n")
    }
    let renderer = shell.valueRenderer(style: shell.lineStyle, width: shell.lineWidth)
    return Result(renderer.render(.table(host.statusTable)))
  }
}
