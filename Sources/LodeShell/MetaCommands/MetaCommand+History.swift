import Foundation
import LodeCore

extension MetaCommand {
  /// `:history [N]` — the last N entered lines (all by default), numbered.
  public static let history: MetaCommand = MetaCommand(
    name: ":history", summary: "show the last N lines entered",
    signature: Signature([Parameter("n", .value(.number), optional: true, help: "how many lines")])
  ) { shell, arguments throws(Diagnostic) in
    var entries = shell.history
    if let count = arguments["n"]?.decimalValue {
      guard count >= 0, count == count.rounded0, count <= Decimal(Int.max) else {
        throw MetaCommand.history.usageError("`:history` takes one whole number, got `\(Value.plain(count))`")
      }
      entries = Array(entries.suffix(NSDecimalNumber(decimal: count).intValue))
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
