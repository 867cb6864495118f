import LodeCore

/// How `lode extract` writes a row: a JSON line (`{"table":"quotes",…}`, the types of
/// `--format json`: numbers as numbers, money as `{"amount":…,"currency":…}`), or a CSV
/// line of that table's file. A CSV file's columns are fixed before its first row, so a
/// column that can hold money (type any or money) is always three: `NAME` (the amount or
/// the plain value), `NAME_currency`, `NAME_per` (`year` for a yearly flow).
public enum FactFormat {
  /// The start of a line of `table` (`{"table":"quotes"`), then each column's key
  /// already written as `,"name":`.
  static func keys(_ table: FactTable) -> (start: [UInt8], keys: [[UInt8]]) {
    (
      Array("{\"table\":\(JSONWriter.string(table.rawValue))".utf8),
      table.columns.map { Array(",\(JSONWriter.string($0.name)):".utf8) }
    )
  }

  static func jsonLine(_ keys: (start: [UInt8], keys: [[UInt8]]), _ row: [Value], into out: inout [UInt8]) {
    out.append(contentsOf: keys.start)
    for (k, v) in zip(keys.keys, row) {
      out.append(contentsOf: k)
      JSONBytes.value(v, into: &out)
    }
    out.append(contentsOf: [125, 10])
  }

  public static func holdsMoney(_ c: Schema.Column) -> Bool { c.type == .any || c.type == .money }

  /// The header line of `table`'s CSV file.
  static func csvHeader(_ table: FactTable) -> [UInt8] {
    var names: [String] = []
    for c in table.columns {
      names += holdsMoney(c) ? [c.name, c.name + "_currency", c.name + "_per"] : [c.name]
    }
    return Array((names.map(CSVWriter.cell).joined(separator: ",") + "\n").utf8)
  }

  /// A row's cells. Null (and a money part that is absent) is an empty cell; a value whose
  /// text is empty is a quoted empty cell (`""`), so engines that read quoted empties as
  /// text (DuckDB's `allow_quoted_nulls = false`) tell the two apart.
  static func csvLine(_ table: FactTable, _ row: [Value], into out: inout [UInt8]) {
    var first = true
    for (c, v) in zip(table.columns, row) {
      var cells: [String?] = [v.isNull ? nil : plain(v)]
      if holdsMoney(c) {
        if case .money(let m) = v { cells += [m.currency, m.perYear ? "year" : nil] } else { cells += [nil, nil] }
      }
      for cell in cells {
        if !first { out.append(44) }
        first = false
        guard let cell else { continue }
        out.append(contentsOf: cell.isEmpty ? [34, 34] : Array(CSVWriter.cell(cell).utf8))
      }
    }
    out.append(10)
  }

  /// A cell's plain text, as `--format csv` writes it (a list's items joined by `; `), but a
  /// percent as its fraction (`0.2` for 20%), the number its DECIMAL column holds, as in JSON.
  static func plain(_ v: Value) -> String {
    switch v {
    case .null: return ""
    case .percent(let p): return Value.plain(p)
    case .list(let items): return items.map(plain).joined(separator: "; ")
    default: return v.plainText
    }
  }
}
