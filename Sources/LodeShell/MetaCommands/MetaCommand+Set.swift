import LodeCore

extension MetaCommand {
  /// `:set NAME VALUE` changes a setting; `:set` alone shows every setting in effect.
  public static let set = MetaCommand(
    name: ":set", summary: "show settings, or change one", usage: ":set [NAME VALUE]",
    completion: .settings
  ) { shell, arguments throws(Diagnostic) in
    let words = MetaCommand.words(arguments)
    if words.isEmpty {
      let all = shell.context.settings.all
      let width = all.map { DisplayWidth.of($0.name) }.max() ?? 0
      return Result(
        all.map { DisplayWidth.pad($0.name, to: width) + "  " + $0.value }
          .joined(separator: "\n") + "\n")
    }
    guard words.count >= 2 else {
      throw MetaCommand.usageError(":set [NAME VALUE]", "`:set \(words[0])` needs a value")
    }
    let value = words.dropFirst().joined(separator: " ")
    var settings = shell.context.settings
    try settings.set(words[0], value)
    shell.context.settings = settings
    return Result()
  }
}
