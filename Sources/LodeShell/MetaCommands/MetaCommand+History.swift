import LodeCore

extension MetaCommand {
  /// `:history [N]` — the last N entered lines (all by default), numbered.
  public static let history = MetaCommand(
    name: ":history", summary: "show the last N lines entered", usage: ":history [N]"
  ) { shell, arguments throws(Diagnostic) in
    let words = MetaCommand.words(arguments)
    var entries = shell.history
    if let first = words.first {
      guard words.count == 1, let n = Int(first), n >= 0 else {
        throw MetaCommand.usageError(
          ":history [N]", "`:history` takes one whole number, got `\(arguments)`")
      }
      entries = Array(entries.suffix(n))
    }
    let offset = shell.history.count - entries.count
    let width = String(shell.history.count).count
    let lines = entries.enumerated().map { i, e in
      let n = String(offset + i + 1)
      return String(repeating: " ", count: width - n.count) + n + "  "
        + TerminalText.visible(e)
        .replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: width + 2))
    }
    return Result(lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n")
  }
}
