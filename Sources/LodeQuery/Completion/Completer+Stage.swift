import LodeCore

extension Completer {
  /// Candidates for a word inside a stage whose earlier tokens are `stage`.
  func stageCandidates(
    stage: [Token], typed: String, upstreamEnd: Int, firstStage: Bool
  )
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
        CompletionCandidate(
          String($0.dropFirst(head.count + 1)), kind: .command,
          detail: registry.lookup($0)?.summary)
      }
      if registry.lookup(head) == nil { return subs }
      return subs
        + argumentCandidates(
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
    if sig.parameters.first?.completion == .domain("commands") {
      return commandNameCandidates(after: rest)
    }
    if typed.hasPrefix("-") {
      return sig.flags.map { CompletionCandidate("--" + $0.name, kind: .keyword, detail: $0.help) }
    }
    if typed.hasPrefix("$") { return variableCandidates }
    if case .flag(let name)? = rest.last?.kind,
      let flag = sig.flags.first(where: { $0.name == name }), flag.valueType != nil
    {
      return hintCandidates(flag.completion, upstreamEnd: upstreamEnd, typed: typed)
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
    let fields = fieldCandidates(upstream)
    var keywords: [CompletionCandidate] = []
    let used = Set(rest.compactMap(\.identifier))
    for p in sig.parameters {
      if case .keyword(let w) = p.shape, !used.contains(w) { keywords.append(CompletionCandidate(w, kind: .keyword)) }
      if case .choice(let options) = p.shape, !options.contains(where: used.contains) {
        keywords += options.map { CompletionCandidate($0, kind: .keyword, detail: p.help) }
      }
      if let w = p.introducedBy, !used.contains(w) {
        keywords.append(CompletionCandidate(w, kind: .keyword, detail: p.help))
      }
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
          // A `.fields` hint gives the fields itself; a field-taking shape without it, here.
          if takesFields, p.completion != .fields { out += fields }
          out += hintCandidates(p.completion, upstreamEnd: upstreamEnd, typed: typed)
          if takesExpression { out += variableCandidates + functionCandidates }
        }
      }
      return out + (typed.isEmpty ? [] : flags)
    }
    // Right after a keyword of the signature (`to`, `at`, `over`): the parameter it
    // introduces, offered by its own completion (currencies, fields), or nothing.
    if let w = prev.identifier, sig.keywords.contains(w), !takesExpression || !fieldNames.contains(w) {
      guard let p = parameter(after: w, in: sig) else { return [] }
      let own = hintCandidates(p.completion, upstreamEnd: upstreamEnd, typed: typed)
      return p.shape == .fields && p.completion != .fields ? fields + own : own
    }
    let looksLikeField =
      prev.identifier.map { w in
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

  /// The parameter a keyword introduces: the one it is `introducedBy`, or the one after a
  /// `.keyword` parameter.
  func parameter(after keyword: String, in sig: Signature) -> Parameter? {
    for (i, p) in sig.parameters.enumerated() {
      if p.introducedBy == keyword { return p }
      if case .keyword(let w) = p.shape, w == keyword {
        return i + 1 < sig.parameters.count ? sig.parameters[i + 1] : nil
      }
    }
    return nil
  }

  /// Command names, word by word, for a parameter that names a command (`help value p⇥`):
  /// the next word of every command (and group) whose name starts with the words typed.
  func commandNameCandidates(after rest: [Token]) -> [CompletionCandidate] {
    let words = rest.compactMap(\.identifier)
    guard words.count == rest.count else { return [] }
    let registry = interpreter.registry
    var out: [CompletionCandidate] = []
    var seen = Set<String>()
    for name in registry.names + interpreter.functions.keys.sorted() {
      let parts = name.split(separator: " ").map(String.init)
      guard parts.count > words.count, Array(parts.prefix(words.count)) == words else { continue }
      let next = parts[words.count]
      guard seen.insert(next).inserted else { continue }
      let full = (words + [next]).joined(separator: " ")
      let detail =
        registry.lookup(full)?.summary ?? interpreter.functions[full]?.summary
        ?? (registry.isGroup(full) ? "group of commands" : nil)
      out.append(
        CompletionCandidate(next, kind: interpreter.functions[full] != nil ? .function : .command, detail: detail))
    }
    return out.sorted { $0.text < $1.text }
  }

  var functionCandidates: [CompletionCandidate] {
    interpreter.functions.values.sorted { $0.name < $1.name }.map {
      CompletionCandidate($0.name + "(", kind: .function, detail: $0.usage)
    }
  }

  /// The fields of the table flowing in, with their types.
  func fieldCandidates(_ upstream: Upstream?) -> [CompletionCandidate] {
    (upstream?.schema?.names ?? []).map { CompletionCandidate($0, kind: .field, detail: upstream?.type(of: $0)) }
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

  /// Words or domain values a parameter's completion hint names. A domain's entities are
  /// offered once each, by the first of their names that matches `typed`; when any offered
  /// name needs quotes, all are quoted, so their common prefix can be inserted.
  func hintCandidates(_ hint: CompletionHint, upstreamEnd: Int, typed: String = "") -> [CompletionCandidate] {
    switch hint {
    case .words(let ws): return ws.map { CompletionCandidate($0, kind: .value) }
    case .fields: return fieldCandidates(Upstream.find(self, end: upstreamEnd))
    case .domain(let name):
      guard let source = interpreter.context.service("completion", as: (any CompletionSource).self) else {
        return []
      }
      let key = Fold.key(typed.hasPrefix("\"") ? String(typed.dropFirst()) : typed)
      var chosen: [String] = []
      var seen = Set<String>()
      for names in source.entities(domain: name, context: interpreter.context) {
        guard let pick = key.isEmpty ? names.first : names.first(where: { Fold.key($0).hasPrefix(key) }),
          seen.insert(pick).inserted
        else { continue }
        chosen.append(pick)
      }
      let bare = chosen.map(word)
      let quoteAll = typed.hasPrefix("\"") || zip(bare, chosen).contains { $0 != $1 }
      return zip(bare, chosen).map { w, name in
        CompletionCandidate(quoteAll && w == name ? Printer.quote(name) : w, kind: .value)
      }
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
