import LodeCore
import LodeExport

/// A column of a relation as SQL sees it: lode's column, whose value type decides how it
/// compares and sorts; a column that can hold money is three SQL columns, as
/// `lode extract --csv` writes it (`NAME` the amount or plain value, `NAME_currency`,
/// `NAME_per`).
struct SQLColumn: Equatable, Sendable {
  var name: String
  var type: ValueType
  var money: Bool

  init(_ column: Schema.Column) {
    name = column.name
    type = column.type
    money = FactFormat.holdsMoney(column)
  }

  init(name: String, type: ValueType, money: Bool = false) {
    self.name = name
    self.type = type
    self.money = money
  }

  /// The SQL column names this column is.
  var names: [String] { money ? [name, name + "_currency", name + "_per"] : [name] }

  /// The names with their SQL types.
  func definitions(_ dialect: SQLDialect) -> [(name: String, type: String)] {
    var out = [(name, dialect.type(type))]
    if money { out += [(name + "_currency", dialect.type(.string)), (name + "_per", dialect.type(.string))] }
    return out
  }
}

/// The fact tables' SQL definitions, from `FactTable`'s columns (the table's own, then
/// `extra`): what `lode extract` writes, as `CREATE TABLE` statements.
public enum SQLDefinitions {
  public static func ddl(_ dialect: SQLDialect, tables: [FactTable] = FactTable.allCases) -> String {
    var out = ""
    for table in tables {
      let columns = table.columns.map(SQLColumn.init).flatMap { $0.definitions(dialect) }
      out += "CREATE TABLE \(dialect.identifier(table.rawValue)) (\n"
      out += columns.map { "  \(dialect.identifier($0.name)) \($0.type)" }.joined(separator: ",\n")
      out += "\n);\n"
    }
    return out
  }
}
