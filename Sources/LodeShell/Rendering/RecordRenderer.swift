import LodeCore

/// Draws one record vertically (a card: `why`, `region`, `source ID`): field names in a
/// column, values wrapped to the width (never cut), a list's items one per line.
///
/// ```
/// id       q1
/// speaker  Volodymyr Zelensky
/// text     We are ready to sign the minerals deal
///          with the United States.
/// aliases  Zelensky
///          Zelenskyy
/// ```
public struct RecordRenderer: Sendable {
  public var width: Int
  public var format: ValueFormat
  public var style: Style

  public init(width: Int = 100, format: ValueFormat = .standard, style: Style = .plain) {
    self.width = max(20, width)
    self.format = format
    self.style = style
  }

  public func render(_ record: Record) -> String {
    guard !record.fields.isEmpty else { return "(empty record)\n" }
    let fields = record.fields.map { TerminalText.visible($0, singleLine: true) }
    let keyWidth = min(fields.map(DisplayWidth.of).max() ?? 0, width / 3)
    let valueWidth = max(10, width - keyWidth - 2)
    var lines: [String] = []
    for (field, value) in zip(fields, record.values) {
      let key = DisplayWidth.pad(DisplayWidth.truncate(field, to: keyWidth), to: keyWidth)
      let items: [Value]
      if case .list(let list) = value, !list.isEmpty { items = list } else { items = [value] }
      let wrapped = items.flatMap { RecordRenderer.wrap(TableRenderer.cellText($0, format), width: valueWidth) }
      for (i, part) in wrapped.enumerated() {
        let prefix = i == 0 ? style.bold(key) : String(repeating: " ", count: keyWidth)
        var line = prefix + "  " + part
        while line.hasSuffix(" ") { line.removeLast() }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Greedy word wrap by display width; a word longer than the width is cut into pieces.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard DisplayWidth.of(text) > width else { return [text] }
    var lines: [String] = []
    var current = ""
    var used = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var rest = String(word)
      while !rest.isEmpty {
        let w = DisplayWidth.of(rest)
        if used == 0, w > width {
          var piece = ""
          var pw = 0
          for ch in rest {
            let cw = DisplayWidth.of(ch)
            if pw + cw > width { break }
            piece.append(ch)
            pw += cw
          }
          if piece.isEmpty, let first = rest.first { piece = String(first) }
          lines.append(piece)
          rest.removeFirst(piece.count)
          continue
        }
        if used > 0, used + 1 + w > width {
          lines.append(current)
          current = ""
          used = 0
          continue
        }
        current += (used > 0 ? " " : "") + rest
        used += (used > 0 ? 1 : 0) + w
        rest = ""
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}
