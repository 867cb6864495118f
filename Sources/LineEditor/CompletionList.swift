/// Lays out completion candidates the way shells list them: sorted, in columns.
public enum CompletionList {
  /// Candidates in as many columns as fit `width`, column-major like `ls`, newline-terminated.
  public static func columns(_ candidates: [String], width: Int) -> String {
    let items = candidates.sorted()
    guard let longest = items.map({ $0.count }).max() else { return "" }
    let cell = longest + 2
    let perRow = max(1, width / cell)
    let rows = (items.count + perRow - 1) / perRow
    var out = ""
    for r in 0..<rows {
      var line = ""
      for c in 0..<perRow {
        let i = c * rows + r
        guard i < items.count else { break }
        let item = items[i]
        line += item
        if c < perRow - 1, i + rows < items.count {
          line += String(repeating: " ", count: cell - item.count)
        }
      }
      out += line + "\n"
    }
    return out
  }

  /// The longest prefix (whole characters) shared by every candidate.
  public static func commonPrefix(_ candidates: [String]) -> String {
    guard var prefix = candidates.first else { return "" }
    for c in candidates.dropFirst() {
      while !c.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }

  /// Whether a listing is longer than the screen (leaving room for the prompt line), so the
  /// user is asked first; an unknown height (0) counts as 24 rows.
  public static func needsConfirmation(_ listing: String, terminalRows: Int) -> Bool {
    let rows = terminalRows > 0 ? terminalRows : 24
    return listing.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } > rows - 1
  }
}
