import Foundation

/// Writes values as JSON with exact decimals: numbers, percents (as fractions), money
/// amounts and durations are JSON strings of the exact decimal, so nothing is rounded.
///
/// Tables are arrays of row objects with every column (hidden ones too) in schema order,
/// one row per line; other values are written on one line. Key order is deterministic.
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

  /// The value on one line.
  public static func compact(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let d), .percent(let d): return string(Value.plain(d))
    case .duration(let d): return string(Value.plain(d.years))
    case .money(let m):
      var s = "{\"amount\":\(string(Value.plain(m.amount))),\"currency\":\(string(m.currency))"
      if m.perYear { s += ",\"per_year\":true" }
      return s + "}"
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

  /// A JSON string literal, escaping quotes, backslashes and control characters.
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
        if c.value < 0x20 {
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
