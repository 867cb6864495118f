import LodeCore

/// Turns a command's value into the text the shell prints, in the chosen output format.
///
/// Tables go through `TableRenderer`, records through `RecordRenderer`, and json, csv and
/// jsonl, csv and md through the LodeCore writers (never capped, hidden columns included).
public struct ValueRenderer: Sendable {
  public var format: OutputFormat
  public var width: Int
  public var maxRows: Int?
  public var valueFormat: ValueFormat
  public var style: Style

  public init(
    format: OutputFormat = .table, width: Int = 100,
    maxRows: Int? = TableRenderer.defaultMaxRows, valueFormat: ValueFormat = .standard,
    style: Style = .plain
  ) {
    self.format = format
    self.width = width
    self.maxRows = maxRows
    self.valueFormat = valueFormat
    self.style = style
  }

  /// The value as printed, ending in a newline unless empty.
  public func render(_ value: Value) -> String {
    let text: String
    switch format {
    case .json: text = JSONWriter.write(value)
    case .jsonl: text = JSONWriter.lines(value)
    case .csv: text = CSVWriter.write(value)
    case .md: text = MarkdownWriter.write(value)
    case .table: text = renderTableFormat(value)
    }
    if text.isEmpty || text.hasSuffix("\n") { return text }
    return text + "\n"
  }

  private func renderTableFormat(_ value: Value) -> String {
    switch value {
    case .null: return ""
    case .table(let t):
      return TableRenderer(width: width, maxRows: maxRows, format: valueFormat, style: style)
        .render(t)
    case .record(let r):
      return RecordRenderer(width: width, format: valueFormat, style: style).render(r)
    case .list(let items):
      let records = items.compactMap { if case .record(let r) = $0 { r } else { nil } }
      if !items.isEmpty, records.count == items.count {
        return renderTableFormat(.table(Table.of(records: records)))
      }
      return items.map { TerminalText.visible($0.formatted(valueFormat)) }.joined(separator: "\n")
    default:
      return TerminalText.visible(value.formatted(valueFormat))
    }
  }
}
