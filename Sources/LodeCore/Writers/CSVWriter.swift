import Foundation

/// Writes values as RFC 4180 CSV: a header row, then one line per row, every column
/// (hidden ones too), cells in plain form (`500000000000`, `50%`, `2025-02-24`).
///
/// Money always keeps its currency in a column of its own: a table column that holds money
/// becomes `name` (the amount) and `name_currency`, plus `name_per` (`year` for a yearly
/// flow) when any of its values is a flow; a record's money field likewise becomes the rows
/// `name`, `name_currency` (and `name_per`); a money scalar is one row `amount,currency[,per]`.
/// A record becomes `field,value` rows; a list one `value` column; a scalar its plain text.
public enum CSVWriter {
  public static func write(_ v: Value) -> String {
    switch v {
    case .table(let t):
      let shapes = t.schema.columns.indices.map { c in MoneyShape(t.rows.lazy.map { c < $0.count ? $0[c] : .null }) }
      var header: [String] = []
      for (name, shape) in zip(t.schema.names, shapes) { header += shape.names(name) }
      var lines = [header.map(cell).joined(separator: ",")]
      for row in t.rows {
        var cells: [String] = []
        for (c, shape) in shapes.enumerated() { cells += shape.cells(c < row.count ? row[c] : .null) }
        lines.append(cells.map(cell).joined(separator: ","))
      }
      return lines.joined(separator: "\n")
    case .record(let r):
      var lines = ["field,value"]
      for (f, x) in zip(r.fields, r.values) {
        let shape = MoneyShape(CollectionOfOne(x))
        for (name, text) in zip(shape.names(f), shape.cells(x)) { lines.append(cell(name) + "," + cell(text)) }
      }
      return lines.joined(separator: "\n")
    case .list(let items):
      let shape = MoneyShape(items)
      return ([shape.names("value")] + items.map(shape.cells)).map { $0.map(cell).joined(separator: ",") }
        .joined(separator: "\n")
    case .money:
      return MoneyShape(CollectionOfOne(v)).cells(v).map(cell).joined(separator: ",")
    default:
      return cell(plain(v))
    }
  }

  static func plain(_ v: Value) -> String {
    switch v {
    case .money(let m): return Value.plain(m.amount)
    case .list(let items): return items.map(plain).joined(separator: "; ")
    default: return v.plainText
    }
  }

  /// How many CSV columns one value column takes: one, or amount and currency (and per).
  struct MoneyShape {
    var money = false
    var flow = false

    init<S: Sequence>(_ values: S) where S.Element == Value {
      for case .money(let m) in values {
        money = true
        if m.perYear { flow = true; break }
      }
    }

    func names(_ name: String) -> [String] {
      guard money else { return [name] }
      return flow ? [name, name + "_currency", name + "_per"] : [name, name + "_currency"]
    }

    func cells(_ v: Value) -> [String] {
      guard money else { return [plain(v)] }
      var out = [plain(v), "", ""]
      if case .money(let m) = v {
        out[1] = m.currency
        out[2] = m.perYear ? "year" : ""
      }
      return Array(out.prefix(flow ? 3 : 2))
    }
  }

  /// Quotes a cell when it holds a comma, quote, line break or edge space.
  public static func cell(_ s: String) -> String {
    // Bytes, not Characters: every byte tested is ASCII, which UTF-8 never uses inside a
    // longer scalar, and a Character comparison costs a string compare per cell.
    let bytes = s.utf8
    let needs =
      bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
      || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
    guard needs else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
