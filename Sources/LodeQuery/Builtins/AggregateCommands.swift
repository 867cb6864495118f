import Foundation
import LodeCore

/// Commands that summarise rows: `count` and `group by`.
enum AggregateCommands {
  static let all = [count, group]

  static let count = CommandDescriptor(
    name: "count", module: "core", summary: "The number of rows (or list items) flowing in",
    signature: Signature([], input: .any, output: .number),
    examples: [Example("Count rows", "range 10 | where n > 3 | count", output: "7")]
  ) { call, _ throws(Diagnostic) in
    switch call.input {
    case .table(let t): return CommandOutput(.int(t.count))
    case .list(let l): return CommandOutput(.int(l.count))
    case .record(let r): return CommandOutput(.int(r.fields.count))
    default:
      throw Diagnostic(
        .type, id: "query.pipeline.input",
        "`count` needs a table or list flowing in, got \(Site.article(call.input))", span: call.span,
        hint: "e.g. range 10 | count")
    }
  }

  static let aggregates = ["count", "sum", "avg", "min", "max"]

  static let group = CommandDescriptor(
    name: "group", module: "core",
    summary: "One row per distinct key, with a count (or sum/avg/min/max of a field)",
    discussion: "Output columns: the keys, then `count` or e.g. `sum_amount`. Rows are ordered by key.",
    signature: Signature(
      [
        Parameter("by", .keyword("by")),
        Parameter("keys", .fields, help: "fields to group by", completion: .fields),
        Parameter("aggregate", .choice(aggregates), optional: true, help: "count (default), sum, avg, min, max"),
        Parameter("field", .fields, optional: true, help: "the field to aggregate", completion: .fields),
      ], input: .table, output: .table),
    examples: [
      Example("Rows per key", "range 3 | group by n | to csv", output: "n,count\n1,1\n2,1\n3,1"),
      Example("Sum per key", "range 3 | group by n sum n | to csv", output: "n,sum_n\n1,1\n2,2\n3,3"),
    ]
  ) { call, context throws(Diagnostic) in
    let t = try call.inputTable()
    let keys = try call.columnIndexes("keys", in: t)
    let op = call.string("aggregate") ?? "count"
    let target = try call.columnIndexes("field", in: t)
    guard op == "count" || target.count == 1 else {
      throw call.error(
        "query.argument.missing", "`group … \(op)` needs exactly one field to \(op)",
        at: target.isEmpty ? "aggregate" : "field", hint: "usage: group by KEY \(op) FIELD")
    }
    var groups: [Aggregator] = []
    var keyValues: [[Value]] = []
    let fx = context.settings
    let field = target.first
    func feed(_ g: Int, _ row: [Value]) throws(Diagnostic) {
      if let c = field {
        try groups[g].add(c < row.count ? row[c] : .null, fx, call.span)
      } else {
        groups[g].count += 1
      }
    }
    if keys.count == 1 {
      let k = keys[0]
      var index: [Value: Int] = [:]
      for (n, row) in t.rows.enumerated() {
        if n & 0xFFFF == 0 { try context.checkCancelled() }
        let key = k < row.count ? row[k] : Value.null
        var g = index[key] ?? -1
        if g < 0 {
          g = groups.count
          index[key] = g
          groups.append(Aggregator(op))
          keyValues.append([key])
        }
        try feed(g, row)
      }
    } else {
      var index: [[Value]: Int] = [:]
      for (n, row) in t.rows.enumerated() {
        if n & 0xFFFF == 0 { try context.checkCancelled() }
        let key = keys.map { $0 < row.count ? row[$0] : Value.null }
        var g = index[key] ?? -1
        if g < 0 {
          g = groups.count
          index[key] = g
          groups.append(Aggregator(op))
          keyValues.append(key)
        }
        try feed(g, row)
      }
    }
    let order = keyValues.indices.sorted { a, b in
      Value.order(.list(keyValues[a]), .list(keyValues[b])) < 0
    }
    let name = op == "count" ? "count" : "\(op)_\(call.fieldNames("field").first ?? "")"
    let columns = keys.map { t.schema.columns[$0] } + [Schema.Column(name)]
    var rows: [[Value]] = []
    for g in order { rows.append(keyValues[g] + [try groups[g].result(fx, call.span)]) }
    return CommandOutput(
      .table(
        Table(
          schema: Schema(
            columns.map {
              var c = $0; c.hidden = false; return c
            }), rows: rows)))
  }
}
