import LodeCore

extension Completer {
  /// Candidates for a word inside a stage whose earlier tokens are `stage`.
  func stageCandidates(stage: [Token], typed: String, upstreamEnd: Int, firstStage: Bool)
    -> [CompletionCandidate]
  {
    var stage = stage
    if firstStage, stage.first?.isWord("let") == true {
      guard stage.count >= 3, stage[2].isSymbol("=") else { return [] }
      stage.removeFirst(3)
    }
    guard let head = stage.first?.identifier else {
      if stage.isEmpty { return commandCandidates(firstStage: firstStage) }
      return typed.hasPrefix("$") ? variableCandidates : []
    }
    let registry = interpreter.registry
    if stage.count == 1, registry.isGroup(head) {
      let subs = registry.names.filter { $0.hasPrefix(head + " ") }.map {
        CompletionCandidate(String($0.dropFirst(head.count + 1)), kind: .command,
          detail: registry.lookup($0)?.summary)
      }
      if registry.lookup(head) == nil { return subs }
      return subs + argumentCandidates(
        registry.lookup(head), rest: [], typed: typed, upstreamEnd: upstreamEnd)
    }
    let words = stage.prefix(2).compactMap(\.identifier)
    guard let (d, used) = registry.resolve(words), used <= stage.count else { return [] }
    return argumentCandidates(
      d, rest: Array(stage.dropFirst(used)), typed: typed, upstreamEnd: upstreamEnd)
  }

  /// Candidates for an argument of `d` after the argument tokens `rest`.
  func argumentCandidates(
    _ d: CommandDescriptor?, rest: [Token], typed: String, upstreamEnd: Int
  ) -> [CompletionCandidate] {
    guard let d else { return [] }
    let sig = d.signature
    if typed.hasPrefix("-") {
      return sig.flags.map { CompletionCandidate("--" + $0.name, kind: .keyword, detail: $0.help) }
    }
    if typed.hasPrefix("$") { return variableCandidates }
    if case .flag(let name)? = rest.last?.kind,
      let flag = sig.flags.first(where: { $0.name == name }), flag.valueType != nil
    {
      return hintCandidates(flag.completion, upstreamEnd: upstreamEnd)
    }
    let takesFields = sig.parameters.contains { p in
      switch p.shape {
      case .rowExpression, .fields: return true
      default: return p.completion == .fields
      }
    }
    let takesExpression = sig.parameters.contains { $0.shape == .rowExpression }
    let upstream = takesFields ? Upstream.find(self, end: upstreamEnd) : nil
    let fieldNames = upstream?.schema?.names ?? []
    let fields = fieldNames.map { CompletionCandidate($0, kind: .field, detail: upstream?.type(of: $0)) }
    var keywords: [CompletionCandidate] = []
    for p in sig.parameters {
      if case .keyword(let w) = p.shape { keywords.append(CompletionCandidate(w, kind: .keyword)) }
      if case .choice(let options) = p.shape {
        keywords += options.map { CompletionCandidate($0, kind: .keyword, detail: p.help) }
      }
      if let w = p.introducedBy { keywords.append(CompletionCandidate(w, kind: .keyword, detail: p.help)) }
    }
    let flags = sig.flags.map { CompletionCandidate("--" + $0.name, kind: .keyword, detail: $0.help) }
    guard let prev = rest.last else {
      // Right after the command name: its first parameter.
      var out: [CompletionCandidate] = []
      if let p = sig.parameters.first {
        switch p.shape {
        case .keyword(let w): out.append(CompletionCandidate(w, kind: .keyword))
        case .choice(let options): out += options.map { CompletionCandidate($0, kind: .keyword) }
        default:
          out += takesFields ? fields : []
          out += hintCandidates(p.completion, upstreamEnd: upstreamEnd)
          if takesExpression { out += variableCandidates + functionCandidates }
        }
      }
      return out + (typed.isEmpty ? [] : flags)
    }
    let looksLikeField = prev.identifier.map { w in
      fieldNames.contains(w) || (fieldNames.isEmpty && !Parser.reserved.contains(w) && !sig.keywords.contains(w))
    } ?? false
    if looksLikeField {
      // After a field: an operator in a condition, a direction in a field list.
      if takesExpression && !sig.parameters.contains(where: { $0.shape == .fields }) {
        return Completer.operators.map { CompletionCandidate($0, kind: .operator) }
          + [CompletionCandidate("and", kind: .operator), CompletionCandidate("or", kind: .operator)]
      }
      return [CompletionCandidate("desc", kind: .keyword), CompletionCandidate("asc", kind: .keyword)]
        + keywords.filter { $0.text != "by" } + flags
    }
    if isOperandPosition(prev) {
      return fields + variableCandidates
        + (takesExpression ? functionCandidates : [])
    }
    if isValueEnd(prev) {
      return [CompletionCandidate("and", kind: .operator), CompletionCandidate("or", kind: .operator)]
        + keywords + flags
    }
    return fields + keywords + flags
  }

  var functionCandidates: [CompletionCandidate] {
    interpreter.functions.values.sorted { $0.name < $1.name }.map {
      CompletionCandidate($0.name + "(", kind: .function, detail: $0.usage)
    }
  }

  func isOperandPosition(_ t: Token) -> Bool {
    if case .symbol(let s) = t.kind { return s != ")" && s != "]" }
    if let w = t.identifier {
      return ["and", "or", "not", "in", "of", "by", "sum", "avg", "min", "max"].contains(w)
    }
    return false
  }

  func isValueEnd(_ t: Token) -> Bool {
    switch t.kind {
    case .number, .money, .percent, .duration, .date, .string, .variable: return true
    case .symbol(let s): return s == ")" || s == "]"
    default: return false
    }
  }

  /// Words or domain values a parameter's completion hint names.
  func hintCandidates(_ hint: CompletionHint, upstreamEnd: Int) -> [CompletionCandidate] {
    switch hint {
    case .words(let ws): return ws.map { CompletionCandidate($0, kind: .value) }
    case .domain(let name): return domainValues(name).map { CompletionCandidate(word($0), kind: .value) }
    default: return []
    }
  }

  func domainValues(_ name: String) -> [String] {
    let source = interpreter.context.service("completion", as: (any CompletionSource).self)
    return source?.candidates(domain: name, context: interpreter.context) ?? []
  }

  /// A value as it must be written: bare when it is one identifier, else quoted.
  func word(_ s: String) -> String { Printer.word(s) }
}
