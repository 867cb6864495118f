/// One stage's result as SQL: a `SELECT` whose columns are `columns`' SQL names and then
/// `_ord`, the row's place in lode's order (1, 2, …). Every stage wraps the one before as a
/// subquery and keeps `_ord` exact, so the rows come out in lode's order whatever the
/// engine does inside: ties in `sort` fall back on it, `limit` and `last` cut by it.
struct SQLRelation {
  var sql: String
  var columns: [SQLColumn]

  /// The column named `name`, if there is one.
  func column(_ name: String) -> SQLColumn? { columns.first { $0.name == name } }

  /// Every SQL column name, in order (a money column is three).
  var names: [String] { columns.flatMap(\.names) }
}

/// Names subqueries `t1`, `t2`, … (Spark wants every subquery named).
struct SQLAliases {
  private var next = 0
  mutating func fresh() -> String {
    next += 1
    return "t\(next)"
  }

  /// Gives back the last name, unused (a stage that builds its own `FROM`).
  mutating func unfresh() { next -= 1 }
}
