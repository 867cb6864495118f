/// Building some columns of a table from its source rows, cell by cell, so a consumer that
/// needs one field (completion's value lists) does not pay for the whole table.
extension Table {
  /// The columns `names` (in that order, each one value per source row) of the table whose
  /// cells are `cell(row, column index in schema)`, or nil when a name is not in `schema`.
  @inlinable
  public static func columns<Row>(
    _ rows: [Row], schema: Schema, names: [String], cell: (Row, Int) -> Value
  ) -> [[Value]]? {
    var out: [[Value]] = []
    for name in names {
      guard let c = schema.index(of: name) else { return nil }
      var column: [Value] = []
      column.reserveCapacity(rows.count)
      // Indexing borrows each row; `for r in rows` would copy (retain) every field of it.
      for i in rows.indices { column.append(cell(rows[i], c)) }
      out.append(column)
    }
    return out
  }
}
