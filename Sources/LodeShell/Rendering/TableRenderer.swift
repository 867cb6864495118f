import Foundation
import LodeCore

/// Draws a table as aligned text that fits a terminal width, measuring display width.
///
/// Columns marked hidden in the schema are never drawn. When the table is wider than
/// `width`, the widest columns shrink (cells end in `…`); if that is not enough, columns
/// are dropped from the right. Whenever rows or columns were cut, a footer says so:
/// `(showing 50 of 1,234 rows; 2 columns hidden: speaker_id, cue)`.
///
/// ```
/// id  speaker   amount
/// ──  ────────  ────────────────
/// q1  Zelensky  $500,000,000,000
/// ```
public struct TableRenderer: Sendable {
  /// Default row cap for the interactive table view; json, csv and md never cap.
  public static let defaultMaxRows = 50
  /// Columns never shrink below this (or their header, if narrower).
  public static let minColumnWidth = 6
  static let gap = "  "

  public var width: Int
  public var maxRows: Int?
  public var format: ValueFormat
  public var style: Style

  public init(
    width: Int = 100, maxRows: Int? = TableRenderer.defaultMaxRows,
    format: ValueFormat = .standard, style: Style = .plain
  ) {
    self.width = max(10, width)
    self.maxRows = maxRows
    self.format = format
    self.style = style
  }

  public func render(_ table: Table) -> String {
    let visible = table.schema.columns.indices.filter { !table.schema.columns[$0].hidden }
    guard !visible.isEmpty else {
      return "(\(TableRenderer.count(table.count, "row")), no visible columns)\n"
    }
    let shownRows = maxRows.map { min($0, table.count) } ?? table.count
    let headers = visible.map { TerminalText.visible(table.schema.columns[$0].name, singleLine: true) }
    let cells: [[String]] = table.rows.prefix(shownRows).map { row in
      visible.map { c in c < row.count ? TableRenderer.cellText(row[c], format) : "" }
    }
    let numeric: [Bool] = visible.indices.map { i in
      let column = cells.map { $0[i] }
      let values = table.rows.prefix(shownRows).map {
        visible[i] < $0.count ? $0[visible[i]] : .null
      }
      return !column.isEmpty && values.allSatisfy(TableRenderer.isNumeric)
        && values.contains { !$0.isNull }
    }
    var widths = visible.indices.map { i in
      cells.reduce(DisplayWidth.of(headers[i])) { max($0, DisplayWidth.of($1[i])) }
    }
    let kept = fit(&widths, headers: headers)
    var lines: [String] = []
    lines.append(
      style.bold(
        line(kept.map { DisplayWidth.truncate(headers[$0], to: widths[$0]) }, kept, widths, numeric)
      ))
    lines.append(
      style.dim(
        kept.map { String(repeating: "─", count: widths[$0]) }.joined(separator: TableRenderer.gap))
    )
    for row in cells {
      lines.append(
        line(kept.map { DisplayWidth.truncate(row[$0], to: widths[$0]) }, kept, widths, numeric))
    }
    if table.isEmpty { lines.append("(no rows)") }
    var notes: [String] = []
    if shownRows < table.count {
      notes.append(
        "showing \(TableRenderer.grouped(shownRows)) of \(TableRenderer.count(table.count, "row"))")
    }
    let dropped = visible.indices.filter { !kept.contains($0) }.map { headers[$0] }
    if !dropped.isEmpty {
      notes.append(
        "\(TableRenderer.count(dropped.count, "column")) hidden: \(dropped.joined(separator: ", "))"
      )
    }
    if !notes.isEmpty { lines.append(style.dim("(" + notes.joined(separator: "; ") + ")")) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Shrinks the widest columns, then drops columns from the right (letting the rest
  /// grow back), until the table fits. Returns the indices of the columns that stay.
  func fit(_ widths: inout [Int], headers: [String]) -> [Int] {
    let natural = widths
    let floors = widths.indices.map { i in
      min(natural[i], max(TableRenderer.minColumnWidth, min(DisplayWidth.of(headers[i]), 12)))
    }
    var kept = Array(widths.indices)
    func total() -> Int {
      kept.reduce(0) { $0 + widths[$1] } + TableRenderer.gap.count * max(0, kept.count - 1)
    }
    while true {
      widths = natural
      while total() > width {
        let shrinkable = kept.filter { widths[$0] > floors[$0] }
        guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
        let w = widths[widest]
        let second = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
        widths[widest] = max(floors[widest], w - (total() - width), min(second, w - 1))
      }
      if total() <= width || kept.count == 1 { break }
      kept.removeLast()
    }
    if total() > width, let only = kept.first { widths[only] = width }
    return kept
  }

  private func line(_ texts: [String], _ kept: [Int], _ widths: [Int], _ numeric: [Bool]) -> String {
    var parts: [String] = []
    for (text, i) in zip(texts, kept) {
      parts.append(DisplayWidth.pad(text, to: widths[i], right: numeric[i]))
    }
    var s = parts.joined(separator: TableRenderer.gap)
    while s.hasSuffix(" ") { s.removeLast() }
    return s
  }

  /// A cell's text on one line: newlines and tabs become spaces, other terminal-active
  /// characters their visible stand-ins (`TerminalText`).
  static func cellText(_ v: Value, _ format: ValueFormat) -> String {
    var s = v.formatted(format)
    if s.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }) {
      s = String(s.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }
    return TerminalText.visible(s, singleLine: true)
  }

  static func isNumeric(_ v: Value) -> Bool {
    switch v {
    case .number, .money, .percent, .duration, .null: true
    default: false
    }
  }

  static func grouped(_ n: Int) -> String { Value.grouped(Decimal(n)) }

  static func count(_ n: Int, _ noun: String) -> String {
    "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")"
  }
}
