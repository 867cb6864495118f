import LodeCore

extension Parser {
  /// Parses one expression; identifiers in `stop` end it (a signature's keywords, `at`, `for`).
  mutating func parseExpression(stop: Set<String>) throws(Diagnostic) -> Expr {
    try parseOr(stop)
  }

  func checked(_ e: Expr) throws(Diagnostic) -> Expr {
    if e.depth > Parser.maxDepth {
      throw Diagnostic(
        .syntax, id: "query.parse.tooDeep", "this expression nests too deeply", span: e.span,
        hint: "split it into smaller steps with `let`")
    }
    return e
  }

  mutating func binary(_ op: BinaryOperator, _ a: Expr, _ b: Expr) throws(Diagnostic) -> Expr {
    try checked(Expr(.binary(op, a, b), span: a.span.union(b.span)))
  }

  mutating func parseOr(_ stop: Set<String>) throws(Diagnostic) -> Expr {
    var e = try parseAnd(stop)
    while current.isWord("or") {
      advance()
      e = try binary(.or, e, try parseAnd(stop))
    }
    return e
  }

  mutating func parseAnd(_ stop: Set<String>) throws(Diagnostic) -> Expr {
    var e = try parseNot(stop)
    while current.isWord("and") {
      advance()
      e = try binary(.and, e, try parseNot(stop))
    }
    return e
  }

  mutating func parseNot(_ stop: Set<String>) throws(Diagnostic) -> Expr {
    guard current.isWord("not") else { return try parseComparison(stop) }
    let start = current.span.start
    advance()
    try enter()
    defer { nesting -= 1 }
    let operand = try parseNot(stop)
    return try checked(Expr(.unary(.not, operand), span: SourceSpan(start, operand.span.end)))
  }

  mutating func enter() throws(Diagnostic) {
    nesting += 1
    if nesting > Parser.maxDepth {
      throw Diagnostic(
        .syntax, id: "query.parse.tooDeep", "this expression nests too deeply",
        span: current.span, hint: "split it into smaller steps with `let`")
    }
  }

  static let comparisons: [String: BinaryOperator] = [
    "=": .equal, "!=": .notEqual, "<": .less, "<=": .lessEqual, ">": .greater,
    ">=": .greaterEqual, "~": .contains,
  ]

  func comparisonOperator() -> BinaryOperator? {
    if case .symbol(let s) = current.kind { return Parser.comparisons[s] }
    return current.isWord("in") ? .in : nil
  }

  mutating func parseComparison(_ stop: Set<String>) throws(Diagnostic) -> Expr {
    let left = try parseSum(stop)
    guard let op = comparisonOperator() else { return left }
    advance()
    let right = try parseSum(stop)
    if comparisonOperator() != nil {
      throw unexpected(
        current, expected: "`and`, `or` or the end of the condition",
        hint: "comparisons do not chain; write `a < b and b < c`")
    }
    return try binary(op, left, right)
  }

  mutating func parseSum(_ stop: Set<String>) throws(Diagnostic) -> Expr {
    var e = try parseProduct(stop)
    while current.isSymbol("+") || current.isSymbol("-") {
      let op: BinaryOperator = current.isSymbol("+") ? .add : .subtract
      advance()
      e = try binary(op, e, try parseProduct(stop))
    }
    return e
  }

  mutating func parseProduct(_ stop: Set<String>) throws(Diagnostic) -> Expr {
    var e = try parseUnary(stop)
    while true {
      let op: BinaryOperator
      if current.isSymbol("*") {
        op = .multiply
      } else if current.isSymbol("/") {
        op = .divide
      } else if current.isWord("of"), !stop.contains("of") {
        op = .of
      } else {
        return e
      }
      advance()
      e = try binary(op, e, try parseUnary(stop))
    }
  }

  mutating func parseUnary(_ stop: Set<String>) throws(Diagnostic) -> Expr {
    guard current.isSymbol("-") else { return try parseAtom(stop) }
    let start = current.span.start
    advance()
    try enter()
    defer { nesting -= 1 }
    let operand = try parseUnary(stop)
    return try checked(Expr(.unary(.negate, operand), span: SourceSpan(start, operand.span.end)))
  }

  mutating func parseAtom(_ stop: Set<String>) throws(Diagnostic) -> Expr {
    let t = current
    switch t.kind {
    case .number(let d): advance(); return Expr(.literal(.number(d)), span: t.span)
    case .money(let m): advance(); return Expr(.literal(.money(m)), span: t.span)
    case .percent(let p): advance(); return Expr(.literal(.percent(p)), span: t.span)
    case .duration(let d): advance(); return Expr(.literal(.duration(d)), span: t.span)
    case .date(let d): advance(); return Expr(.literal(.date(d)), span: t.span)
    case .string(let s): advance(); return Expr(.literal(.string(s)), span: t.span)
    case .variable(let v): advance(); return Expr(.variable(v), span: t.span)
    case .identifier(let word):
      if stop.contains(word) || (Parser.reserved.contains(word) && !Parser.constants.keys.contains(word)) {
        throw unexpected(t, expected: "a value")
      }
      advance()
      if let c = Parser.constants[word] { return Expr(.literal(c), span: t.span) }
      if current.isSymbol("(") { return try parseCall(word, start: t.span.start) }
      return Expr(.field(word), span: t.span)
    case .symbol("("):
      advance()
      try enter()
      defer { nesting -= 1 }
      let inner = try parseExpression(stop: [])
      guard current.isSymbol(")") else {
        throw unexpected(current, expected: "`)` to close the `(` at column \(t.span.start + 1)")
      }
      advance()
      return inner
    case .symbol("["):
      advance()
      try enter()
      defer { nesting -= 1 }
      let items = try parseList(close: "]")
      return try checked(Expr(.list(items), span: SourceSpan(t.span.start, previousEnd)))
    default:
      throw unexpected(
        t, expected: "a value",
        hint: t.isEnd ? "the expression is incomplete" : nil)
    }
  }

  static let constants: [String: Value] = ["true": .bool(true), "false": .bool(false), "null": .null]

  /// Comma-separated expressions up to `close`, which is consumed.
  mutating func parseList(close: String) throws(Diagnostic) -> [Expr] {
    var items: [Expr] = []
    if current.isSymbol(close) {
      advance()
      return items
    }
    while true {
      items.append(try parseExpression(stop: []))
      if current.isSymbol(",") {
        advance()
        continue
      }
      guard current.isSymbol(close) else {
        throw unexpected(current, expected: "`,` or `\(close)`")
      }
      advance()
      return items
    }
  }

  mutating func parseCall(_ name: String, start: Int) throws(Diagnostic) -> Expr {
    advance()
    try enter()
    defer { nesting -= 1 }
    let args = try parseList(close: ")")
    return try checked(Expr(.call(name, args), span: SourceSpan(start, previousEnd)))
  }
}
