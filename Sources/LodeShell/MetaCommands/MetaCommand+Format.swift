import LodeCore

extension MetaCommand {
  /// `:format table|json|csv|md` — how values print from now on.
  public static let format = MetaCommand(
    name: ":format", summary: "choose the output format", usage: ":format table|json|csv|md",
    completion: .words(OutputFormat.allCases.map(\.rawValue))
  ) { shell, arguments throws(Diagnostic) in
    let words = MetaCommand.words(arguments)
    guard words.count <= 1 else {
      throw MetaCommand.usageError(":format table|json|csv|md", "`:format` takes one format name")
    }
    guard let name = words.first else {
      return Result((shell.context.settings.text("format") ?? "table") + "\n")
    }
    var settings = shell.context.settings
    try settings.set("format", name)
    shell.context.settings = settings
    return Result()
  }
}
