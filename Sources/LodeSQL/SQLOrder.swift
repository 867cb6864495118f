import LodeCore

/// ORDER BY terms for keys in lode's order (`Value.order`): nulls first (last when
/// descending); text by its folded form, then exactly; money by currency, then amount; a
/// date by the first day it denotes, then the wider first (`SQLDateKey`, which adds two
/// helper layers of columns under the ordering query).
struct SQLOrder {
  let dialect: SQLDialect

  struct Key {
    var column: SQLColumn
    var descending: Bool
    var span: SourceSpan?
  }

  /// The `FROM` clause over `input` (with the date keys' helper layers), its alias, and the terms.
  func build(_ keys: [Key], over input: String, _ aliases: inout SQLAliases) throws(Diagnostic)
    -> (from: String, alias: String, terms: [String])
  {
    let q = dialect.identifier
    var from = input
    let dates = keys.indices.filter { keys[$0].column.type == .date }
    if !dates.isEmpty {
      let a = aliases.fresh()
      let ranks = dates.map { SQLDateKey(dialect: dialect, v: "\(a).\(q(keys[$0].column.name))", n: $0).rankColumn }
      from = "SELECT \(a).*, \(ranks.joined(separator: ", ")) FROM (\(from)) \(a)"
      let b = aliases.fresh()
      let parts = dates.flatMap { i in
        let key = SQLDateKey(dialect: dialect, v: "\(b).\(q(keys[i].column.name))", n: i)
        return key.partColumns(rank: "\(b).\(key.name("r"))")
      }
      from = "SELECT \(b).*, \(parts.joined(separator: ", ")) FROM (\(from)) \(b)"
    }
    let t = aliases.fresh()
    var terms: [String] = []
    for (i, key) in keys.enumerated() {
      let c = "\(t).\(q(key.column.name))"
      let plain: [String]
      switch key.column.type {
      case .string: plain = [dialect.folded(c), c]
      case .date: plain = SQLDateKey(dialect: dialect, v: c, n: i).terms(t)
      case .list, .record, .table:
        throw SQLDiagnostics.unsupported("ordering by `\(key.column.name)` (a \(key.column.type.rawValue))", key.span)
      default: plain = key.column.money ? ["\(t).\(q(key.column.name + "_currency"))", c] : [c]
      }
      terms += plain.map { $0 + (key.descending ? " DESC NULLS LAST" : " ASC NULLS FIRST") }
    }
    return ("FROM (\(from)) \(t)", t, terms)
  }
}
