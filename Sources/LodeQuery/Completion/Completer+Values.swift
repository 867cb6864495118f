import LodeCore

extension Completer {
  /// Values for an open string literal: the distinct values of the field on its left
  /// (`where speaker = "Zel`), or the domain a parameter names (`said "Zel`).
  func valueCandidates(stage: [Token], typed: String, upstreamEnd: Int) -> [CompletionCandidate] {
    var values: CompletionCache.Values = []
    if let field = fieldBeforeValue(stage),
      Upstream.find(self, end: upstreamEnd)?.schema.map({ $0.index(of: field) != nil }) ?? true,
      let found = fieldValues(field, upstreamEnd: upstreamEnd)
    {
      values = found
    } else if stage.first?.identifier != nil,
      let (d, used) = interpreter.registry.resolve(stage.prefix(2).compactMap(\.identifier)),
      stage.count >= used
    {
      let argIndex = stage.count - used
      let params = d.signature.parameters.filter { p in
        if case .keyword = p.shape { return false }
        return true
      }
      if argIndex < params.count, case .domain(let name) = params[argIndex].completion {
        values = interpreter.completionCache.domain(
          name, version: [interpreter.context.servicesVersion, interpreter.stateVersion]
        ) { domainValues(name).map { ($0, Fold.key($0)) } }
      }
    }
    let key = KeyMatch(Fold.key(typed))
    var starts: CompletionCache.Values = []
    var inside: CompletionCache.Values = []
    for v in values {
      switch key.match(v.key) {
      case .prefix: starts.append(v)
      case .inside: inside.append(v)
      case .none: break
      }
    }
    return (starts + inside).prefix(50).map { CompletionCandidate(Printer.quote($0.text), kind: .value) }
  }

  /// The distinct values of `field` in the upstream's rows, cached per upstream state: from
  /// the source command's column builder when the upstream is that one command (no other
  /// column is built), else from the upstream table. Nil when neither can be had.
  func fieldValues(_ field: String, upstreamEnd: Int) -> CompletionCache.Values? {
    let text = line.slice(SourceSpan(0, upstreamEnd))
    return interpreter.completionCache.values(Upstream.cacheKey(interpreter, text), field: field) {
      if let column = Upstream.column(self, end: upstreamEnd, field: field) {
        return Completer.distinct(column)
      }
      guard let table = Upstream.table(self, end: upstreamEnd), let c = table.schema.index(of: field) else {
        return nil
      }
      return Completer.distinct(table, column: c)
    }
  }

  /// The distinct values of a column as text with their folded keys, in value order (at
  /// most 5,001, from the first 200,000 rows). Each text is folded once, not per comparison.
  static func distinct<C: Collection<Value>>(_ column: C) -> CompletionCache.Values {
    var values: CompletionCache.Values = []
    var seen = Set<String>(minimumCapacity: min(column.count, 5_001))
    var previous: String?
    for value in column.prefix(200_000) {
      let text: String
      switch value {
      case .null: continue
      case .string(let s): text = s
      default: text = value.formatted()
      }
      // Runs of one value (a speaker's quotes in a row) skip the hash.
      if text == previous { continue }
      previous = text
      if seen.insert(text).inserted { values.append((text, Fold.key(text))) }
      if seen.count > 5_000 { break }
    }
    return SortKey.sorted(values)
  }

  /// The distinct values of column `c` of `table` (see `distinct(_:)`).
  static func distinct(_ table: Table, column c: Int) -> CompletionCache.Values {
    distinct(table.rows.lazy.map { c < $0.count ? $0[c] : .null })
  }

  /// The field compared with the value being typed: `field OP "…` or `field in ["…`.
  func fieldBeforeValue(_ stage: [Token]) -> String? {
    var i = stage.count - 1
    // Inside a list: skip back over `[`, items and commas to `in`.
    if i >= 0, stage[i].isSymbol("[") || stage[i].isSymbol(",") {
      while i >= 0, !stage[i].isWord("in") { i -= 1 }
    }
    guard i >= 1 else { return nil }
    let op = stage[i]
    let isOperator: Bool
    if case .symbol(let s) = op.kind { isOperator = Parser.comparisons[s] != nil } else { isOperator = op.isWord("in") }
    guard isOperator else { return nil }
    return stage[i - 1].identifier
  }
}
