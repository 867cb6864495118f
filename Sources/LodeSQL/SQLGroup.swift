import LodeCore
import LodeQuery

/// `group by KEYS [count|sum|avg|min|max FIELD]`: one row per distinct key, ordered by key
/// as lode orders them (`Value.order`), the aggregate named as lode names it (`count`,
/// `sum_FIELD`, …). Sums are exact in DuckDB and Spark (DECIMAL); SQLite sums whole numbers
/// exactly and others in floating point. `avg` is the engine's (a double in SQLite and DuckDB).
struct SQLGroup {
  let translator: SQLTranslator
  var dialect: SQLDialect { translator.dialect }

  func relation(
    _ c: CommandStage, _ input: SQLRelation, _ t: String, _ aliases: inout SQLAliases
  ) throws(Diagnostic) -> SQLRelation {
    let keys = try translator.fields(c, "keys", input)
    let op: String
    if case .choice(let s)? = c.arguments.first(where: { $0.parameter == "aggregate" })?.content { op = s } else { op = "count" }
    let targets = try translator.fields(c, "field", input)
    guard op == "count" || targets.count == 1 else {
      throw Diagnostic(
        .argument, id: "query.argument.missing", "`group … \(op)` needs exactly one field to \(op)", span: c.span,
        hint: "usage: group by KEY \(op) FIELD")
    }
    let q = dialect.identifier
    let keyList = keys.flatMap(\.names).map { "\(t).\(q($0))" }.joined(separator: ", ")
    let aggregate: String
    let result: SQLColumn
    if let field = targets.first {
      let f = "\(t).\(q(field.name))"
      result = SQLColumn(name: op == "count" ? "count" : "\(op)_\(field.name)", type: op == "count" ? .number : field.type)
      switch (op, field.type) {
      case ("count", _): aggregate = "COUNT(\(f))"
      case (_, .list), (_, .record), (_, .table), (_, .string), (_, .date):
        throw SQLDiagnostics.unsupported(
          "`\(op) \(field.name)` (a \(field.type.rawValue))", c.span,
          hint: "lode orders text by its folded form and dates by the first day they denote; aggregate a number")
      case _ where field.money:
        throw SQLDiagnostics.unsupported(
          "`\(op) \(field.name)` (a column that can hold money)", c.span,
          hint: "lode converts currencies with fx rates to \(op) money; aggregate a number column")
      case ("sum", _): aggregate = "COALESCE(SUM(\(f)), 0)"
      case ("avg", _): aggregate = "AVG(\(f))"
      default: aggregate = "\(op.uppercased())(\(f))"
      }
    } else {
      result = SQLColumn(name: "count", type: .number)
      aggregate = "COUNT(*)"
    }
    let grouped = "SELECT \(keyList), \(aggregate) AS \(q(result.name)) FROM (\(input.sql)) \(t) GROUP BY \(keyList)"
    let order = try SQLOrder(dialect: dialect).build(
      keys.map { SQLOrder.Key(column: $0, descending: false, span: c.span) }, over: grouped, &aliases)
    let columns = keys + [result]
    let list = columns.flatMap(\.names).map { "\(order.alias).\(q($0))" }.joined(separator: ", ")
    return SQLRelation(
      sql: "SELECT \(list), ROW_NUMBER() OVER (ORDER BY \(order.terms.joined(separator: ", "))) AS \(q("_ord")) \(order.from)",
      columns: columns)
  }
}
