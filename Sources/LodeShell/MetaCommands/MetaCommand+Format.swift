import LodeCore

extension MetaCommand {
  /// `:format FORMAT` switches the output format; `:format` alone prints the current one.
  public static let format = MetaCommand(
    name: ":format", summary: "choose the output format",
    signature: Signature([
      Parameter("format", .choice(OutputFormat.allCases.map(\.rawValue)), optional: true, help: "the format")
    ])
  ) { shell, arguments throws(Diagnostic) in
    guard let name = arguments.string("format") else {
      return Result((shell.context.settings.text("format") ?? "table") + "\n")
    }
    var settings = shell.context.settings
    try settings.set("format", name)
    shell.context.settings = settings
    return Result()
  }
}
