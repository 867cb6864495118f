import LodeCore

/// Commands that keep, reorder or cut rows: where, select, sort, limit, distinct, first, last.
enum FilterCommands {
  static let all = [whereCommand, select, SortCommand.descriptor, limit, distinct, first, last]

  static let whereCommand = CommandDescriptor(
    name: "where", module: "core", summary: "Keep the rows for which a condition is true",
    discussion: "Field names stand for the row's values; `~` is case- and accent-insensitive containment.",
    signature: Signature(
      [Parameter("condition", .rowExpression, help: "true/false per row", completion: .fields)],
      input: .table, output: .table),
    examples: [
      Example("Numbers above 7", "range 10 | where n > 7 | to csv", output: "n\n8\n9\n10"),
      Example("Two conditions", "range 10 | where n > 2 and n <= 4 | count", output: "2"),
    ]
  ) { call, context throws(Diagnostic) in
    let t = try call.inputTable()
    guard let cond = call.rowExpressions["condition"] else { return CommandOutput(.table(t)) }
    let evaluate = cond.evaluate
    let span = cond.span
    let test =
      cond.condition
      ?? RowExpression.Condition { t, i throws(Diagnostic) in
        try Compiler.truth(try evaluate(t, i), span, "where")
      }
    var rows: [[Value]] = []
    var start = 0
    while start < t.count {
      try context.checkCancelled()
      let chunk = start..<min(t.count, start + 0x10000)
      if let select = test.select {
        for i in try select(t, chunk) { rows.append(t.rows[i]) }
      } else {
        for i in chunk where try test.test(t, i) { rows.append(t.rows[i]) }
      }
      start = chunk.upperBound
    }
    let notes = rows.isEmpty && !t.rows.isEmpty ? unmatchedLiterals(cond, in: t) : []
    return CommandOutput(.table(Table(schema: t.schema, rows: rows)), notes: notes)
  }

  /// For a `where` that kept nothing: each `field = "text"` whose text equals no value of
  /// its column (ignoring case and accents), with the closest values it may have meant.
  static func unmatchedLiterals(_ cond: RowExpression, in t: Table) -> [String] {
    var notes: [String] = []
    for (field, literal) in cond.textEqualities {
      guard let c = t.schema.index(of: field) else { continue }
      var values = Set<String>()
      for row in t.rows where c < row.count { if case .string(let s) = row[c] { values.insert(s) } }
      let key = Fold.key(literal)
      guard !values.contains(where: { Fold.key($0) == key }) else { continue }
      // Names are often given in part ("Zelenksy" for "Volodymyr Zelensky"): words count too.
      var byWord: [String: Set<String>] = [:]
      for v in values {
        for w in v.split(separator: " ") where w.count > 2 { byWord[String(w), default: []].insert(v) }
      }
      let close = Set(
        Suggest.closest(to: literal, in: Array(values) + Array(byWord.keys))
          .flatMap { values.contains($0) ? [$0] : (byWord[$0] ?? []).sorted() }
      ).sorted().prefix(3)
      let meant = close.isEmpty ? "" : "; did you mean " + close.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
      notes.append("no rows: no \(field) is \"\(literal)\"\(meant)")
    }
    return notes
  }

  static let select = CommandDescriptor(
    name: "select", module: "core", summary: "Keep only the named fields, in that order",
    signature: Signature(
      [Parameter("fields", .fields, help: "field names", completion: .fields)],
      input: .table, output: .table),
    examples: [Example("One column", "range 2 | select n | to csv", output: "n\n1\n2")]
  ) { call, _ throws(Diagnostic) in
    let t = try call.inputTable()
    let idx = try call.columnIndexes("fields", in: t)
    let columns = idx.map { i in
      var c = t.schema.columns[i]
      c.hidden = false
      return c
    }
    let rows = t.rows.map { row in idx.map { $0 < row.count ? row[$0] : .null } }
    return CommandOutput(.table(Table(schema: Schema(columns), rows: rows)))
  }

  static let limit = CommandDescriptor(
    name: "limit", module: "core", summary: "Keep the first N rows",
    signature: Signature(
      [Parameter("count", .value(.number), help: "how many rows")], input: .table, output: .table),
    examples: [Example("Two rows", "range 10 | limit 2 | to csv", output: "n\n1\n2")]
  ) { call, _ throws(Diagnostic) in
    let t = try call.inputTable()
    let n = try call.count("count", default: 0)
    return CommandOutput(.table(Table(schema: t.schema, rows: Array(t.rows.prefix(n)))))
  }

  static let first = CommandDescriptor(
    name: "first", module: "core", summary: "Keep the first row, or the first N rows",
    signature: Signature(
      [Parameter("count", .value(.number), optional: true, help: "how many rows (1)")],
      input: .table, output: .table),
    examples: [Example("First two", "range 5 | first 2 | to csv", output: "n\n1\n2")]
  ) { call, _ throws(Diagnostic) in
    let t = try call.inputTable()
    let n = try call.count("count", default: 1)
    return CommandOutput(.table(Table(schema: t.schema, rows: Array(t.rows.prefix(n)))))
  }

  static let last = CommandDescriptor(
    name: "last", module: "core", summary: "Keep the last row, or the last N rows",
    signature: Signature(
      [Parameter("count", .value(.number), optional: true, help: "how many rows (1)")],
      input: .table, output: .table),
    examples: [Example("Last two", "range 5 | last 2 | to csv", output: "n\n4\n5")]
  ) { call, _ throws(Diagnostic) in
    let t = try call.inputTable()
    let n = try call.count("count", default: 1)
    return CommandOutput(.table(Table(schema: t.schema, rows: Array(t.rows.suffix(n)))))
  }

  static let distinct = CommandDescriptor(
    name: "distinct", module: "core",
    summary: "Drop repeated rows (or keep one row per distinct value of the named fields)",
    signature: Signature(
      [Parameter("fields", .fields, optional: true, help: "fields to compare", completion: .fields)],
      input: .table, output: .table),
    examples: [
      Example("Distinct values", "range 6 | select n | distinct | count", output: "6")
    ]
  ) { call, context throws(Diagnostic) in
    var t = try call.inputTable()
    if call["fields"] != nil {
      let idx = try call.columnIndexes("fields", in: t)
      t = Table(
        schema: Schema(idx.map { t.schema.columns[$0] }),
        rows: t.rows.map { row in idx.map { $0 < row.count ? row[$0] : .null } })
    }
    var seen = Set<[Value]>()
    var rows: [[Value]] = []
    for row in t.rows where seen.insert(row).inserted { rows.append(row) }
    return CommandOutput(.table(Table(schema: t.schema, rows: rows)))
  }
}
