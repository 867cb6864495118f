import LodeCore

extension PipelineRunner {
  /// `sort KEYS | limit N` (or `first N`) run as one step: a bounded heap keeps the N
  /// first rows instead of sorting the whole table. Same rows, same order, same errors:
  /// whenever either stage would fail, this returns nil and the stages run one by one.
  func fusedTopN(_ sortStage: Stage, _ limitStage: Stage, input: Value) throws(Diagnostic)
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
