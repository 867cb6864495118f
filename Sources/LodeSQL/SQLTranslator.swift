import LodeCore
import LodeExport
import LodeModel
import LodeQuery

/// `lode sql`: a pipeline over the fact tables as one SQL query for `dialect`, built from
/// the parsed pipeline (the query language's own parser and command declarations) and the
/// fact tables' columns (`FactTable`). The rows it selects, over the tables `lode extract`
/// writes, are the rows lode prints for the pipeline, in the same order.
public struct SQLTranslator {
  public let registry: CommandRegistry
  public let dialect: SQLDialect
  let names: SQLNames

  /// `corpus` gives the names and aliases that text equality expands to (`speaker =
  /// "Zelenskyy"`): the reference data's and the corpus's people, organisations, regions.
  public init(registry: CommandRegistry, dialect: SQLDialect, corpus: @escaping () -> Corpus) {
    self.registry = registry
    self.dialect = dialect
    self.names = SQLNames(corpus)
  }

  /// The SQL for `line`, or the diagnostic that says why there is none.
  public func translate(_ line: String) -> Result<String, Diagnostic> {
    do throws(Diagnostic) {
      return .success(try query(Parser.parse(line, registry: registry)))
    } catch {
      return .failure(error)
    }
  }

  func query(_ statement: Statement) throws(Diagnostic) -> String {
    guard case .pipeline(let pipeline) = statement else {
      throw SQLDiagnostics.unsupported("`let`", nil, hint: "give the pipeline alone")
    }
    var aliases = SQLAliases()
    var relation: SQLRelation?
    for (n, stage) in pipeline.stages.enumerated() {
      if case .variable(let name, _) = stage {
        throw SQLDiagnostics.unsupported("the variable `$\(name)`", stage.span, hint: "give the pipeline it holds")
      }
      guard case .command(let c) = stage else {
        throw SQLDiagnostics.unsupported(n == 0 ? "a calculation" : "a calculation stage", stage.span)
      }
      guard let input = relation else {
        relation = try source(c, &aliases, ordered: Self.needsOrder(pipeline.stages.dropFirst()))
        continue
      }
      if c.name == "count" {
        guard n == pipeline.stages.count - 1 else {
          throw SQLDiagnostics.unsupported("a stage after `count`", pipeline.stages[n + 1].span)
        }
        let t = aliases.fresh()
        return "SELECT COUNT(*) AS \(dialect.identifier("count")) FROM (\(input.sql)) \(t)"
      }
      relation = try self.stage(c, input, &aliases)
    }
    guard let relation else { throw SQLDiagnostics.unsupported("an empty pipeline", nil) }
    let t = aliases.fresh()
    let columns = relation.names.map { "\(t).\(dialect.identifier($0))" }.joined(separator: ", ")
    return "SELECT \(columns) FROM (\(relation.sql)) \(t) ORDER BY \(t).\(dialect.identifier("_ord"))"
  }

  /// The first stage: a fact table's command, its rows renumbered as lode numbers them.
  func source(_ c: CommandStage, _ aliases: inout SQLAliases, ordered: Bool) throws(Diagnostic) -> SQLRelation {
    guard let table = FactTable(rawValue: c.name), table.command != nil else {
      let tables = FactTable.allCases.filter { $0.command != nil }.map(\.rawValue)
      throw SQLDiagnostics.unsupported(
        "`\(c.name)` (not a fact table)", c.nameSpan,
        hint: "start with a fact table: " + tables.joined(separator: ", ")
          + (c.name == "people" || c.name == "orgs" ? "; lode extract --reduce gives people and orgs" : ""))
    }
    if let extra = c.arguments.first?.span ?? c.flags.first?.span {
      throw SQLDiagnostics.unsupported("`\(c.name)` with arguments", extra, hint: "filter with `| where` instead")
    }
    return SQLSource(dialect: dialect, table: table).relation(&aliases, ordered: ordered)
  }

  /// Whether the stages after the table read its order or its corpus-wide ids. A pipeline
  /// that only filters and then counts or groups (which orders by key) reads neither, and
  /// its SQL skips numbering the rows: a `ROW_NUMBER()` over the whole table, one sort on
  /// one worker in Spark.
  static func needsOrder(_ stages: ArraySlice<Stage>) -> Bool {
    for stage in stages {
      guard case .command(let c) = stage else { return true }
      var fields: [String] = []
      for a in c.arguments {
        switch a.content {
        case .rowExpression(let e), .expression(let e): fields += e.fields
        case .fields(let keys): fields += keys.map(\.name)
        default: break
        }
      }
      if fields.contains("id") || fields.contains("order") { return true }
      switch c.name {
      case "where", "select": continue
      case "count", "group": return false
      default: return true
      }
    }
    return true
  }

  func stage(_ c: CommandStage, _ input: SQLRelation, _ aliases: inout SQLAliases) throws(Diagnostic) -> SQLRelation {
    let t = aliases.fresh()
    let ord = "\(t).\(dialect.identifier("_ord"))"
    func list(_ columns: [SQLColumn]) -> String {
      columns.flatMap(\.names).map { "\(t).\(dialect.identifier($0))" }.joined(separator: ", ")
    }
    let from = "FROM (\(input.sql)) \(t)"
    switch c.name {
    case "where":
      guard case .rowExpression(let e)? = argument(c, "condition") else { return input }
      let condition = try SQLExpression(dialect: dialect, columns: input.columns, table: t, names: names).predicate(e)
      return SQLRelation(sql: "SELECT \(list(input.columns)), \(ord) \(from) WHERE \(condition)", columns: input.columns)
    case "select":
      let columns = try fields(c, "fields", input)
      return SQLRelation(sql: "SELECT \(list(columns)), \(ord) \(from)", columns: columns)
    case "sort":
      var keys: [SQLOrder.Key] = []
      for key in fieldKeys(c, "fields") {
        keys.append(SQLOrder.Key(column: try column(key.name, key.span, input), descending: key.descending ?? false, span: key.span))
      }
      aliases.unfresh()
      let order = try SQLOrder(dialect: dialect).build(keys, over: input.sql, &aliases)
      let u = order.alias
      let columns = input.columns.flatMap(\.names).map { "\(u).\(dialect.identifier($0))" }.joined(separator: ", ")
      let terms = order.terms + ["\(u).\(dialect.identifier("_ord"))"]
      return SQLRelation(
        sql: "SELECT \(columns), ROW_NUMBER() OVER (ORDER BY \(terms.joined(separator: ", "))) AS \(dialect.identifier("_ord")) \(order.from)",
        columns: input.columns)
    case "limit", "first", "last":
      let n = try count(c, default: c.name == "limit" ? 0 : 1)
      let direction = c.name == "last" ? " DESC" : ""
      return SQLRelation(
        sql: "SELECT \(list(input.columns)), \(ord) \(from) ORDER BY \(ord)\(direction) LIMIT \(n)", columns: input.columns)
    case "distinct":
      let columns = argument(c, "fields") == nil ? input.columns : try fields(c, "fields", input)
      return SQLRelation(
        sql: "SELECT \(list(columns)), MIN(\(ord)) AS \(dialect.identifier("_ord")) \(from) GROUP BY \(list(columns))",
        columns: columns)
    case "group":
      return try SQLGroup(translator: self).relation(c, input, t, &aliases)
    default:
      throw SQLDiagnostics.unsupported("the stage `\(c.name)`", c.nameSpan)
    }
  }

  func argument(_ c: CommandStage, _ parameter: String) -> Argument.Content? {
    c.arguments.first { $0.parameter == parameter }?.content
  }

  func fieldKeys(_ c: CommandStage, _ parameter: String) -> [FieldKey] {
    if case .fields(let keys)? = argument(c, parameter) { return keys }
    return []
  }

  func column(_ name: String, _ span: SourceSpan, _ input: SQLRelation) throws(Diagnostic) -> SQLColumn {
    guard let column = input.column(name) else { throw SQLDiagnostics.unknownField(name, span, in: input.columns) }
    return column
  }

  func fields(_ c: CommandStage, _ parameter: String, _ input: SQLRelation) throws(Diagnostic) -> [SQLColumn] {
    try fieldKeys(c, parameter).map { (key) throws(Diagnostic) in try column(key.name, key.span, input) }
  }

  /// The row count of `limit N`, `first N`, `last N`: a whole number written as it is.
  func count(_ c: CommandStage, default value: Int) throws(Diagnostic) -> Int {
    guard case .expression(let e)? = argument(c, "count") else { return value }
    guard case .literal(.number(let d)) = e.node, let n = Int(Value.plain(d)), n >= 0 else {
      throw SQLDiagnostics.unsupported("`\(c.name)` with a count that is not a whole number", e.span)
    }
    return n
  }
}
