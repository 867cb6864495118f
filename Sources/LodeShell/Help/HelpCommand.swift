import LodeCore

/// The `help` command's declaration: lists commands, or explains one (`help value payback`).
///
/// The shell answers `help …` lines itself (two-word names need the whole rest of the
/// line); the descriptor makes `help` show up in listings, completion and "did you mean".
public enum HelpCommand {
  public static let module = "shell"

  public static let descriptor = CommandDescriptor(
    name: "help", module: module, summary: "list commands, or show how to use one",
    discussion: "Everything shown is generated from each command's declaration.",
    signature: Signature(
      [
        Parameter(
          "command", .word, optional: true, help: "a command name", completion: .domain("commands"))
      ],
      input: .null, output: .string),
    examples: [
      Example(
        "How to use `count`", "help count",
        output: """
          count — The number of rows (or list items) flowing in

          Usage: count

          Examples:
            Count rows
              lode> range 10 | where n > 3 | count
              7
          """)
    ]
  ) { invocation, context throws(Diagnostic) in
    guard let registry = context.service("registry", as: CommandRegistry.self) else {
      throw Diagnostic(.runtime, id: "help.noRegistry", "no command registry is available")
    }
    return CommandOutput(.string(try text(for: invocation.string("command"), registry: registry)))
  }

  /// The help text for `help` (nil name) or `help NAME`; an unknown name suggests close ones.
  public static func text(
    for name: String?, registry: CommandRegistry, style: Style = .plain, width: Int = 100
  ) throws(Diagnostic) -> String {
    let help = HelpText(style: style, width: width)
    guard let name, !name.isEmpty else { return help.overview(registry) }
    let words = name.split(separator: " ").map(String.init)
    if let (d, used) = registry.resolve(words), used == words.count {
      return help.command(d)
    }
    if words.count == 1, registry.isGroup(name) {
      let members = registry.commands.filter { $0.name.hasPrefix(name + " ") }
      return help.overview(registryOf(members))
    }
    let bare = name.hasSuffix("()") ? String(name.dropLast(2)) : name
    if let f = registry.functions[bare] { return help.function(f) }
    throw Diagnostic(
      .name, id: "help.unknownCommand", "no command or function named `\(name)`",
      hint: "type `help` to list the commands and functions",
      suggestions: registry.suggestions(for: name)
        + Suggest.closest(to: bare, in: registry.functions.keys)
        .filter { !registry.suggestions(for: name).contains($0) })
  }

  private static func registryOf(_ commands: [CommandDescriptor]) -> CommandRegistry {
    var r = CommandRegistry()
    try? r.register(commands)
    return r
  }
}
