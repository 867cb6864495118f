import LodeCore
import LodePluginHost

extension MetaCommand {
  /// `:plugins` — every discovered plugin with its version, commands and process state;
  /// `:plugins trust NAME` lets a plugin found through the working directory run.
  public static let plugins = MetaCommand(
    name: ":plugins", summary: "list plugins and their state; `trust NAME` lets one run",
    signature: Signature([
      Parameter("name", .word, optional: true, help: "a plugin to trust", introducedBy: "trust")
    ]),
    listsCommands: true
  ) { shell, arguments throws(Diagnostic) in
    if let name = arguments.string("name") {
      let commands = try shell.trustPlugin(name)
      return Result("trusted plugin `\(name)`; its commands: \(commands.joined(separator: ", "))\n")
    }
    guard let host = shell.plugins, !host.plugins.isEmpty || !host.untrustedPlugins.isEmpty else {
      return Result("no plugins found\n")
    }
    let renderer = shell.valueRenderer(style: shell.lineStyle, width: shell.lineWidth)
    return Result(renderer.render(.table(host.statusTable)))
  }
}
