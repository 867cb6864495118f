import LodeCore

extension Completer {
  /// Values for an open string literal: the distinct values of the field on its left
  /// (`where speaker = "Zel`), or the domain a parameter names (`said "Zel`).
  func valueCandidates(stage: [Token], typed: String, upstreamEnd: Int) -> [CompletionCandidate] {
    var values: CompletionCache.Values = []
    if let field = fieldBeforeValue(stage),
      Upstream.find(self, end: upstreamEnd)?.schema.map({ $0.index(of: field) != nil }) ?? true,
      let table = Upstream.table(self, end: upstreamEnd),
      let c = table.schema.index(of: field)
    {
      let text = line.slice(SourceSpan(0, upstreamEnd))
      values = interpreter.completionCache.values(Upstream.cacheKey(interpreter, text), field: field) {
        Completer.distinct(table, column: c)
      }
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
    let key = Fold.key(typed)
    let starts = values.filter { $0.key.hasPrefix(key) }
    let inside = values.filter { !$0.key.hasPrefix(key) && $0.key.contains(key) }
    return (starts + inside).prefix(50).map { CompletionCandidate(Printer.quote($0.text), kind: .value) }
  }

  /// The distinct values of a column as text with their folded keys, in value order (at
  /// most 5,001, from the first 200,000 rows). Each text is folded once, not per comparison.
  static func distinct(_ table: Table, column c: Int) -> CompletionCache.Values {
    var values: CompletionCache.Values = []
    var seen = Set<String>()
    for row in table.rows.prefix(200_000) where c < row.count {
      let text: String
      switch row[c] {
      case .null: continue
      case .string(let s): text = s
      default: text = row[c].formatted()
      }
      if seen.insert(text).inserted { values.append((text, Fold.key(text))) }
      if seen.count > 5_000 { break }
    }
    // `Value.order` on strings: folded key first, then the exact text.
    values.sort { $0.key != $1.key ? $0.key < $1.key : $0.text < $1.text }
    return values
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
