import LodeCore
import LodeQuery

extension MetaCommand {
  /// `:modules` — the modules that contributed commands, with their command names.
  public static let modules = MetaCommand(
    name: ":modules", summary: "list command modules and their commands", listsCommands: true
  ) { shell, _ in
    let modules = shell.interpreter.registry.modules
    let width = modules.map { DisplayWidth.of($0.name) }.max() ?? 0
    let lines = modules.map { m in
      DisplayWidth.pad(m.name, to: width) + "  " + m.commands.map(\.name).joined(separator: ", ")
    }
    return Result(lines.isEmpty ? "(no modules)\n" : lines.joined(separator: "\n") + "\n")
  }
}
