/// Writes values as RFC 4180 CSV: a header row, then one line per row, every column
/// (hidden ones too), cells in plain form (`500000000000`, `50%`, `2025-02-24`).
///
/// A record becomes `field,value` rows; a list one `value` column; a scalar its plain text.
public enum CSVWriter {
  public static func write(_ v: Value) -> String {
    switch v {
    case .table(let t):
      var lines = [t.schema.names.map(cell).joined(separator: ",")]
      for row in t.rows { lines.append(row.map(plain).map(cell).joined(separator: ",")) }
      return lines.joined(separator: "\n")
    case .record(let r):
      var lines = ["field,value"]
      for (f, x) in zip(r.fields, r.values) { lines.append(cell(f) + "," + cell(plain(x))) }
      return lines.joined(separator: "\n")
    case .list(let items):
      return (["value"] + items.map { cell(plain($0)) }).joined(separator: "\n")
    default:
      return cell(plain(v))
    }
  }

  static func plain(_ v: Value) -> String {
    switch v {
    case .money(let m) where m.currency != "USD" || m.perYear:
      return Value.plain(m.amount) + " " + m.currency + (m.perYear ? "/yr" : "")
    case .list(let items): return items.map(plain).joined(separator: "; ")
    default: return v.plainText
    }
  }

  /// Quotes a cell when it holds a comma, quote, line break or edge space.
  public static func cell(_ s: String) -> String {
    let needs = s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || s.first == " " || s.last == " "
    guard needs else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
