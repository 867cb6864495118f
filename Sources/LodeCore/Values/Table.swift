/// Rows under a schema; the value most pipeline stages consume and produce.
///
/// Row order is meaningful and stable: every producer emits rows in a deterministic
/// order (by id or narrative order) so that replays print byte-identical output.
public struct Table: Hashable, Sendable {
  public var schema: Schema
  public var rows: [[Value]]

  public init(schema: Schema, rows: [[Value]] = []) {
    self.schema = schema
    self.rows = rows
  }

  public init(columns: [String], rows: [[Value]] = []) {
    self.init(schema: Schema(names: columns), rows: rows)
  }

  public var count: Int { rows.count }
  public var isEmpty: Bool { rows.isEmpty }

  /// The value in `column` of row `row`, or nil when the column does not exist.
  public func value(_ row: Int, _ column: String) -> Value? {
    guard let c = schema.index(of: column), rows.indices.contains(row) else { return nil }
    return rows[row][c]
  }

  /// Row `i` as a record, hidden columns included.
  public func record(_ i: Int) -> Record {
    Record(fields: schema.names, values: rows[i])
  }

  /// A table of records: the union of their fields, in first-seen order.
  public static func of(records: [Record]) -> Table {
    var names: [String] = []
    var seen = Set<String>()
    for r in records { for f in r.fields where seen.insert(f).inserted { names.append(f) } }
    let rows = records.map { r in names.map { r[$0] ?? .null } }
    return Table(columns: names, rows: rows)
  }
}
