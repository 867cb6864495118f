import LodeCore
import LodeExport

/// A fact table as lode's command of that name gives it: `lode extract` numbers ids
/// within each document (`q1`, `q2`, … per `doc`; events' `order` too), lode numbers them
/// across the corpus in document order, so the SQL renumbers them by the document's `seq`
/// and the ordinal in the id. Its `_ord` is that number, lode's row order.
struct SQLSource {
  let dialect: SQLDialect
  let table: FactTable

  /// The table's rows; `ordered: false` when nothing downstream reads their order or ids
  /// (`_ord` is then 0 and ids stay as extracted).
  func relation(_ aliases: inout SQLAliases, ordered: Bool) -> SQLRelation {
    let columns = table.schema.columns.map(SQLColumn.init)
    let q = dialect.identifier
    let f = aliases.fresh()
    guard ordered else {
      let list = columns.flatMap(\.names).map { "\(f).\(q($0))" }.joined(separator: ", ")
      return SQLRelation(sql: "SELECT \(list), 0 AS \(q("_ord")) FROM \(q(table.rawValue)) \(f)", columns: columns)
    }
    let inner = aliases.fresh()
    let names = Set(columns.map(\.name))
    guard table != .documents, names.contains("doc"), names.contains("id") else {
      // Documents (and any table without per-document ids) are in the input's order.
      let list = columns.flatMap(\.names).map { "\(f).\(q($0))" }.joined(separator: ", ")
      return SQLRelation(
        sql: "SELECT \(list), ROW_NUMBER() OVER (ORDER BY \(f).\(q("seq"))) AS \(q("_ord")) FROM \(q(table.rawValue)) \(f)",
        columns: columns)
    }
    let d = aliases.fresh()
    let ordinal = "CAST(SUBSTR(\(f).\(q("id")), 2) AS INTEGER)"
    let numbered =
      "SELECT \(f).*, ROW_NUMBER() OVER (ORDER BY \(d).\(q("seq")), \(ordinal)) AS \(q("_ord")) "
      + "FROM \(q(table.rawValue)) \(f) JOIN \(q(FactTable.documents.rawValue)) \(d) ON \(f).\(q("doc")) = \(d).\(q("id"))"
    let ord = "\(inner).\(q("_ord"))"
    var list: [String] = []
    for name in columns.flatMap(\.names) {
      switch name {
      case "id":
        list.append("SUBSTR(\(inner).\(q("id")), 1, 1) || CAST(\(ord) AS \(dialect.textType)) AS \(q("id"))")
      case "order":
        list.append("\(ord) AS \(q("order"))")
      default:
        list.append("\(inner).\(q(name))")
      }
    }
    return SQLRelation(
      sql: "SELECT \(list.joined(separator: ", ")), \(ord) FROM (\(numbered)) \(inner)", columns: columns)
  }
}
