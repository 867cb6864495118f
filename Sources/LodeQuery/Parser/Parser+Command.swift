import LodeCore

extension Parser {
  /// Parses a command's arguments by walking its signature; flags may appear anywhere.
  mutating func parseCommand(
    _ d: CommandDescriptor, nameWords: Int
  ) throws(Diagnostic)
    -> CommandStage
  {
    let start = current.span.start
    for _ in 0..<nameWords { advance() }
    let nameSpan = SourceSpan(start, previousEnd)
    var arguments: [Argument] = []
    var flags: [FlagArgument] = []
    let keywords = d.signature.keywords
    let params = d.signature.parameters
    for (index, p) in params.enumerated() {
      try parseFlags(d, into: &flags)
      let argStart = current.span.start
      if let intro = p.introducedBy {
        guard current.isWord(intro) else {
          if p.optional { continue }
          throw missing(d, p, found: current, expected: "`\(intro)`")
        }
        advance()
      } else if isAbsent(p, keywords: keywords) {
        if p.optional { continue }
        throw missing(d, p, found: current, expected: Parser.describe(p))
      }
      let isLast = !params[(index + 1)...].contains { !$0.optional || $0.introducedBy == nil }
      guard let content = try parseArgument(d, p, keywords: keywords, lastWord: isLast) else {
        if p.optional && p.introducedBy == nil { continue }
        throw missing(d, p, found: current, expected: Parser.describe(p))
      }
      arguments.append(
        Argument(
          parameter: p.name, content: content, introducedBy: p.introducedBy,
          span: SourceSpan(argStart, previousEnd)))
    }
    try parseFlags(d, into: &flags)
    if !atStageEnd {
      var options = Array(keywords) + d.signature.flags.map { "--" + $0.name }
      for p in params {
        if case .choice(let c) = p.shape { options += c }
        if p.shape == .rowExpression { options += Parser.operatorWords }
      }
      throw Diagnostic(
        .argument, id: "query.argument.unexpected",
        "unexpected \(describe(current)) after the arguments of `\(d.name)`", span: current.span,
        hint: "usage: \(d.usage)", suggestions: Suggest.closest(to: current.text, in: options))
    }
    return CommandStage(
      name: d.name, nameSpan: nameSpan, arguments: arguments, flags: flags,
      span: SourceSpan(start, previousEnd))
  }

  /// True when nothing that could fill `p` is at the cursor.
  func isAbsent(_ p: Parameter, keywords: Set<String>) -> Bool {
    if atStageEnd { return true }
    if case .flag = current.kind { return true }
    if let w = current.identifier, keywords.contains(w) {
      if case .keyword(let k) = p.shape, k == w { return false }
      return true
    }
    return false
  }

  static func describe(_ p: Parameter) -> String {
    switch p.shape {
    case .keyword(let w): "`\(w)`"
    case .choice(let c): "one of " + c.joined(separator: ", ")
    case .fields: "a field name"
    case .word: p.name.uppercased() + " (a name)"
    case .value(let t): p.name.uppercased() + (t == .any ? "" : " (a \(t.rawValue))")
    case .rowExpression: "a condition such as `amount > 1bn`"
    }
  }

  func missing(
    _ d: CommandDescriptor, _ p: Parameter, found: Token, expected: String
  )
    -> Diagnostic
  {
    let at = atStageEnd ? SourceSpan(previousEnd, previousEnd) : found.span
    return Diagnostic(
      .argument, id: "query.argument.missing",
      "`\(d.name)` expects \(expected), found \(describe(found))", span: at,
      hint: "usage: \(d.usage)")
  }

  /// One argument in the parameter's shape, or nil when an optional one is not there.
  mutating func parseArgument(
    _ d: CommandDescriptor, _ p: Parameter, keywords: Set<String>, lastWord: Bool
  ) throws(Diagnostic) -> Argument.Content? {
    switch p.shape {
    case .keyword(let w):
      guard current.isWord(w) else { return nil }
      advance()
      return .keyword(w)
    case .value:
      return .expression(try parseExpression(stop: keywords))
    case .rowExpression:
      return .rowExpression(try parseExpression(stop: keywords))
    case .word:
      return try parseWord(keywords: keywords, many: lastWord).map { .word($0) }
    case .choice(let options):
      guard let w = current.identifier else { return nil }
      guard options.contains(w) else {
        if p.optional { return nil }
        throw Diagnostic(
          .argument, id: "query.argument.badChoice",
          "`\(d.name)` expects one of \(options.joined(separator: ", ")), found `\(w)`",
          span: current.span, hint: "usage: \(d.usage)",
          suggestions: Suggest.closest(to: w, in: options))
      }
      advance()
      return .choice(w)
    case .fields:
      // A later parameter's choice word (`group by n sum n`) ends a space-separated list.
      var stops = keywords
      for q in d.signature.parameters { if case .choice(let options) = q.shape { stops.formUnion(options) } }
      return try parseFields(keywords: stops).map { .fields($0) }
    }
  }

  /// A string literal, or bare words; pieces written without spaces between them are
  /// glued, so `region UA-12` reads `UA-12` although the lexer sees `UA`, `-`, `12`,
  /// and `kwic miner*` reads the pattern `miner*`.
  mutating func parseWord(keywords: Set<String>, many: Bool) throws(Diagnostic) -> String? {
    if case .string(let s) = current.kind {
      advance()
      return s
    }
    var words: [String] = []
    while let w = current.identifier, !keywords.contains(w), !peek(1).isSymbol("(") {
      var piece = w
      var end = current.span.end
      advance()
      while current.span.start == end, isGluable(current) {
        piece += current.text
        end = current.span.end
        advance()
      }
      words.append(piece)
      if !many { break }
    }
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  func isGluable(_ t: Token) -> Bool {
    switch t.kind {
    case .identifier, .number: return true
    case .symbol(let s): return s == "-" || s == "*"
    default: return false
    }
  }

  mutating func parseFields(keywords: Set<String>) throws(Diagnostic) -> [FieldKey]? {
    var keys: [FieldKey] = []
    while true {
      let t = current
      let name: String
      var quoted = false
      switch t.kind {
      case .identifier(let w) where !keywords.contains(w): name = w
      case .string(let s): (name, quoted) = (s, true)
      default:
        if keys.isEmpty { return nil }
        throw unexpected(t, expected: "a field name after `,`")
      }
      advance()
      var descending: Bool?
      if current.isWord("desc") || current.isWord("asc") {
        descending = current.isWord("desc")
        advance()
      }
      keys.append(FieldKey(name: name, descending: descending, quoted: quoted, span: t.span))
      if current.isSymbol(",") {
        advance()
        continue
      }
      // Fields may also be separated by spaces alone, the nushell way (`select speaker text`);
      // a quoted name continues the list like a bare one, so `group by n "L"` is the keys n
      // and L, as the printer writes them back (`n, L`), not the key n and a field "L".
      switch current.kind {
      case .identifier(let next) where !keywords.contains(next): continue
      case .string: continue
      default: return keys
      }
    }
  }

  mutating func parseFlags(
    _ d: CommandDescriptor, into flags: inout [FlagArgument]
  )
    throws(Diagnostic)
  {
    while case .flag(let name) = current.kind {
      let t = current
      guard let flag = d.signature.flags.first(where: { $0.name == name }) else {
        throw Diagnostic(
          .argument, id: "query.argument.unknownFlag", "`\(d.name)` has no flag `--\(name)`",
          span: t.span, hint: "usage: \(d.usage)",
          suggestions: Suggest.closest(to: name, in: d.signature.flags.map(\.name)).map { "--" + $0 })
      }
      advance()
      guard let type = flag.valueType else {
        flags.append(FlagArgument(name: name, value: nil, span: t.span))
        continue
      }
      if atStageEnd || { if case .flag = current.kind { return true } else { return false } }() {
        throw Diagnostic(
          .argument, id: "query.argument.missing", "`--\(name)` needs a \(type.rawValue) value",
          span: t.span, hint: "usage: \(d.usage)")
      }
      var value: Expr
      if type == .string, let w = current.identifier, !peek(1).isSymbol("("),
        Parser.constants[w] == nil
      {
        value = Expr(.literal(.string(w)), span: current.span)
        advance()
      } else {
        value = try parseExpression(stop: d.signature.keywords)
      }
      flags.append(FlagArgument(name: name, value: value, span: t.span.union(value.span)))
    }
  }
}
