import LodeCore

/// Two adjacent stages run as one step when that skips building a large intermediate table:
/// `sort … | limit N` (top-N), `where … | count` and `CMD | count` for a command that can
/// build one column alone (`quotes | count`). Same output and errors as unfused.
extension PipelineRunner {
  /// The fused result of `first` and `second` on `input`, or nil when they do not fuse.
  func fused(_ first: Stage, _ second: Stage, input: Value) throws(Diagnostic) -> CommandOutput? {
    if let top = try fusedTopN(first, second, input: input) { return top }
    if let counted = fusedSourceCount(first, second, input: input) { return counted }
    return try fusedCount(first, second, input: input)
  }

  /// `CMD | count` for a pure command with a column builder (`quotes`, `people`, `orgs`):
  /// the number of values in its first column, instead of every column of every row built
  /// for `count` to measure (360,000 quotes are 5.4 million values). The builder gives the
  /// values `run` would give, row by row, so the count is the same; should anything fail,
  /// this returns nil and the stages run one by one, with their own errors. (Notes of a
  /// stage that is not the last are not printed either way.)
  func fusedSourceCount(_ stage: Stage, _ countStage: Stage, input: Value) -> CommandOutput? {
    guard case .command(let s) = stage, case .command(let c) = countStage,
      c.arguments.isEmpty, c.flags.isEmpty,
      let d = registry.lookup(s.name), d.pure, let build = d.columns,
      let column = d.outputSchema?.columns.first?.name,
      let count = registry.lookup(c.name), count.module == "core", count.name == "count",
      (try? checkInput(d, s, input)) != nil,
      let call = try? makeInvocation(d, s, input: input),
      let built = try? build(call, context, [column]), built.count == 1, let values = built.first
    else { return nil }
    return CommandOutput(.int(values.count))
  }

  /// `CMD | where CONDITION | count` for a pure command with a column builder: the
  /// condition runs on a table of only the columns it reads (`quotes | where speaker ~ "zel"
  /// | count` builds the speakers, not sixteen columns of 360,000 quotes). The columns are
  /// the ones `run` would give, under the same schema entries, so the rows that pass are the
  /// same. Nil (run unfused, with its own errors) unless every field the condition names is
  /// in the command's schema and the columns build; the `where` stage's own errors are
  /// placed on it as unfused.
  func fusedSourceWhereCount(
    _ stage: Stage, _ whereStage: Stage, _ countStage: Stage, input: Value
  ) throws(Diagnostic) -> CommandOutput? {
    guard case .command(let s) = stage, case .command(let w) = whereStage,
      w.flags.isEmpty, w.arguments.count == 1, case .rowExpression(let condition) = w.arguments[0].content,
      let d = registry.lookup(s.name), d.pure, let build = d.columns, let schema = d.outputSchema,
      let filter = registry.lookup(w.name), filter.module == "core", filter.name == "where",
      let first = schema.columns.first?.name
    else { return nil }
    let read = condition.fields
    guard read.allSatisfy({ schema.index(of: $0) != nil }) else { return nil }
    let names = read.isEmpty ? [first] : read
    guard (try? checkInput(d, s, input)) != nil,
      let call = try? makeInvocation(d, s, input: input),
      let built = try? build(call, context, names), built.count == names.count,
      let rows = built.first?.count, built.allSatisfy({ $0.count == rows })
    else { return nil }
    let columns = names.compactMap { n in schema.columns.first { $0.name == n } }
    guard columns.count == names.count else { return nil }
    let narrow = Table(schema: Schema(columns), rows: (0..<rows).map { r in built.map { $0[r] } })
    return try fusedCount(whereStage, countStage, input: .table(narrow))
  }

  /// `where CONDITION | count`: counts the rows that pass instead of copying them into a
  /// table that `count` would only measure. Errors are placed on the `where` stage.
  func fusedCount(
    _ whereStage: Stage, _ countStage: Stage, input: Value
  ) throws(Diagnostic)
    -> CommandOutput?
  {
    guard case .command(let w) = whereStage, case .command(let c) = countStage,
      c.arguments.isEmpty, c.flags.isEmpty,
      let filter = registry.lookup(w.name), filter.module == "core", filter.name == "where",
      let count = registry.lookup(c.name), count.module == "core", count.name == "count",
      let t = input.tableValue
    else { return nil }
    let call: Invocation
    do throws(Diagnostic) {
      call = try makeInvocation(filter, w, input: input)
    } catch {
      return nil
    }
    guard let cond = call.rowExpressions["condition"]?.condition else { return nil }
    var n = 0
    do throws(Diagnostic) {
      var start = 0
      while start < t.count {
        try context.checkCancelled()
        let chunk = start..<min(t.count, start + 0x10000)
        if let select = cond.select {
          n += try select(t, chunk).count
        } else {
          for i in chunk where try cond.test(t, i) { n += 1 }
        }
        start = chunk.upperBound
      }
    } catch {
      throw error.located(at: w.span)
    }
    return CommandOutput(.int(n))
  }

  /// `sort KEYS | limit N` (or `first N`) run as one step: a bounded heap keeps the N
  /// first rows instead of sorting the whole table. Same rows, same order, same errors:
  /// whenever either stage would fail, this returns nil and the stages run one by one.
  func fusedTopN(
    _ sortStage: Stage, _ limitStage: Stage, input: Value
  ) throws(Diagnostic)
    -> CommandOutput?
  {
    guard case .command(let s) = sortStage, case .command(let l) = limitStage,
      let sort = registry.lookup(s.name), sort.module == "core", sort.name == "sort",
      let limit = registry.lookup(l.name), limit.module == "core",
      limit.name == "limit" || limit.name == "first",
      let t = input.tableValue
    else { return nil }
    let columns: [Int]
    let descending: [Bool]
    let n: Int
    do throws(Diagnostic) {
      let sortCall = try makeInvocation(sort, s, input: input)
      (columns, descending) = try SortCommand.keys(sortCall, t)
      let limitCall = try makeInvocation(limit, l, input: input)
      n = try limitCall.count("count", default: limit.name == "first" ? 1 : 0)
    } catch {
      return nil
    }
    do throws(Diagnostic) {
      try context.checkCancelled()
    } catch {
      throw error.located(at: s.span)
    }
    let order = SortCommand.topIndexes(t, columns: columns, descending: descending, limit: n)
    return CommandOutput(.table(Table(schema: t.schema, rows: order.map { t.rows[$0] })))
  }
}
