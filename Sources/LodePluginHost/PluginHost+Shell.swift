import LodeCore

extension PluginHost {
  /// Registers plugin commands one by one, so a clash skips only that command.
  ///
  /// Built-ins are registered first and win; each clash gives one warning such as
  /// `plugin command `where` (plugin:foo) clashes with module query; skipped`.
  public static func register(
    _ descriptors: [CommandDescriptor], into registry: inout CommandRegistry
  ) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for d in descriptors {
      do {
        try registry.register([d])
      } catch {
        warnings.append(
          Diagnostic(
            .warning, id: "plugin.commandClash",
            "\(error.message); the command from \(d.module) is skipped", source: d.module))
      }
    }
    return warnings
  }

  /// What `:plugins` prints: one row per plugin, in discovery order.
  ///
  /// Columns `name`, `version`, `state`, `commands` (comma-separated), `starts`, and
  /// hidden `folder`, `description`, `stderr` (the last stderr lines, joined by newlines).
  public var statusTable: Table {
    Table(
      schema: Schema([
        .init("name", .string), .init("version", .string), .init("state", .string),
        .init("commands", .string), .init("starts", .number),
        .init("folder", .string, hidden: true), .init("description", .string, hidden: true),
        .init("stderr", .string, hidden: true),
      ]),
      rows: plugins.map { p in
        [
          .string(p.name), .string(p.version), .string(p.stateText),
          .string(p.commands.joined(separator: ", ")), .int(p.starts), .string(p.folder),
          .string(p.description), .string(p.stderrTail.joined(separator: "\n")),
        ]
      }
        + untrustedPlugins.map { p in
          [
            .string(p.name), .string(p.version), .string("untrusted: `:plugins trust \(p.name)`"),
            .string(""), .int(0), .string(p.folder), .string(""), .string(""),
          ]
        })
  }
}
