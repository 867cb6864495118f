import LodeCore

extension MetaCommand {
  /// `:set NAME VALUE` changes a setting; `:set` alone shows every setting in effect.
  public static let set: MetaCommand = MetaCommand(
    name: ":set", summary: "show settings, or change one",
    signature: Signature([
      Parameter("name", .word, optional: true, help: "a setting", completion: .domain("settings")),
      Parameter("value", .rowExpression, optional: true, help: "its new value"),
    ])
  ) { shell, arguments throws(Diagnostic) in
    guard let name = arguments.string("name") else {
      let all = shell.context.settings.all
      let width = all.map { DisplayWidth.of($0.name) }.max() ?? 0
      return Result(
        all.map { DisplayWidth.pad($0.name, to: width) + "  " + $0.value }
          .joined(separator: "\n") + "\n")
    }
    guard let value = arguments.string("value") else {
      throw MetaCommand.set.usageError("`:set \(name)` needs a value")
    }
    var settings = shell.context.settings
    try settings.set(name, value)
    shell.context.settings = settings
    return Result()
  }
}
