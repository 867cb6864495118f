import Foundation

/// Writes values as JSON. Numbers are JSON numbers with every digit of the exact decimal
/// (`0.8`, `500000000000`, never an exponent, never rounded): counts and offsets are
/// integers, a percent is its fraction (`50%` → `0.5`), money is
/// `{"amount":500000000000,"currency":"USD"}` (a yearly flow adds `"per":"year"`), a
/// duration `{"years":0.5}` (`{"days":30}` when counted in days), a date its ISO 8601 or TimeML text (`"2025-02-24"`,
/// `"2025-W08"`). A consumer never casts.
///
/// Tables are arrays of row objects with every column (hidden ones too) in schema order,
/// one row per line; other values are written on one line. Key order is deterministic.
/// `lines` writes JSON lines: one compact object (or value) per line, for streams.
public enum JSONWriter {
  public static func write(_ v: Value) -> String {
    switch v {
    case .table(let t):
      if t.rows.isEmpty { return "[]" }
      let rows = t.rows.map { row in
        "  " + object(t.schema.names, row)
      }
      return "[\n" + rows.joined(separator: ",\n") + "\n]"
    default:
      return compact(v)
    }
  }

  /// JSON lines: a table's rows (or a list's items) one compact value a line; any other
  /// value on a line of its own. An empty table writes nothing.
  public static func lines(_ v: Value) -> String {
    switch v {
    case .table(let t):
      return t.rows.map { object(t.schema.names, $0) + "\n" }.joined()
    case .list(let items):
      return items.map { compact($0) + "\n" }.joined()
    case .null:
      return ""
    default:
      return compact(v) + "\n"
    }
  }

  /// The value on one line.
  public static func compact(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let d), .percent(let d): return number(d)
    case .duration(let d):
      if case .days(let n) = d.calendar { return "{\"days\":\(n)}" }
      return "{\"years\":\(number(d.years))}"
    case .money(let m):
      let per = m.perYear ? ",\"per\":\"year\"" : ""
      return "{\"amount\":\(number(m.amount)),\"currency\":\(string(m.currency))\(per)}"
    case .date(let d): return string(d.iso)
    case .string(let s): return string(s)
    case .list(let items): return "[" + items.map(compact).joined(separator: ",") + "]"
    case .record(let r): return object(r.fields, r.values)
    case .table(let t):
      return "[" + t.rows.map { object(t.schema.names, $0) }.joined(separator: ",") + "]"
    }
  }

  static func object(_ keys: [String], _ values: [Value]) -> String {
    var parts: [String] = []
    for (i, k) in keys.enumerated() {
      parts.append(string(k) + ":" + compact(i < values.count ? values[i] : .null))
    }
    return "{" + parts.joined(separator: ",") + "}"
  }

  /// A JSON number with every digit of `d` (Decimal's description is plain digits, never
  /// an exponent; `JSONWriterTests` holds it to that); NaN, which JSON cannot write, is null.
  public static func number(_ d: Decimal) -> String {
    // Most numbers (counts, offsets, confidences, amounts) without Decimal's slow description.
    if let plain = DecimalLayout.description(d) { return plain }
    if d.isNaN { return "null" }
    let s = d.description
    return s == "-0" ? "0" : s
  }

  /// A JSON string literal, escaping quotes, backslashes and control characters — C0,
  /// and DEL, C1, bidi and zero-width characters too (`TerminalText.isActive`), so JSON
  /// printed on a terminal cannot drive it while the value stays exactly the same.
  public static func string(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if c.value < 0x20 || TerminalText.isActive(c) {
          let hex = String(c.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out + "\""
  }
}
