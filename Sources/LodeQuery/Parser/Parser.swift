import LodeCore

/// Turns a query line into a `Statement`, reading each command's `Signature` to parse its arguments.
///
/// Errors are `Diagnostic`s pointing at the offending token; the parser never traps,
/// and caps nesting so that no input can exhaust the stack.
public struct Parser {
  var tokens: [Token]
  var pos = 0
  let registry: CommandRegistry
  var nesting = 0
  static let maxDepth = 200

  public init(tokens: [Token], registry: CommandRegistry) {
    self.tokens = tokens.isEmpty ? [Token(.end, span: SourceSpan(0, 0), text: "")] : tokens
    self.registry = registry
  }

  /// Lexes and parses one line; the first problem found is thrown.
  public static func parse(
    _ line: String, registry: CommandRegistry
  ) throws(Diagnostic)
    -> Statement
  {
    let (tokens, problems) = Lexer.tokenize(line)
    if let first = problems.first { throw first }
    var parser = Parser(tokens: tokens, registry: registry)
    return try parser.parseStatement()
  }

  // MARK: - Cursor

  var current: Token { tokens[min(pos, tokens.count - 1)] }
  func peek(_ n: Int) -> Token { tokens[min(pos + n, tokens.count - 1)] }
  mutating func advance() { if pos < tokens.count - 1 { pos += 1 } }
  var previousEnd: Int { pos > 0 ? tokens[pos - 1].span.end : 0 }
  var atStageEnd: Bool { current.isEnd || current.isSymbol("|") }

  func describe(_ t: Token) -> String {
    t.isEnd ? "the end of the line" : "`\(t.text)`"
  }

  func unexpected(
    _ t: Token, expected: String, hint: String? = nil, suggestions: [String] = []
  )
    -> Diagnostic
  {
    Diagnostic(
      .syntax, id: "query.parse.unexpectedToken",
      "expected \(expected), found \(describe(t))", span: t.span, hint: hint,
      suggestions: suggestions)
  }

  // MARK: - Statements

  /// `let NAME = pipeline` or a pipeline.
  public mutating func parseStatement() throws(Diagnostic) -> Statement {
    if current.isWord("let"), !peek(1).isSymbol("(") {
      advance()
      let nameToken = current
      let name: String
      switch nameToken.kind {
      case .identifier(let s), .variable(let s): name = s
      default: throw unexpected(nameToken, expected: "a name after `let`", hint: "let big = quotes | limit 3")
      }
      if Parser.reserved.contains(name) {
        throw Diagnostic(
          .syntax, id: "query.parse.reservedName", "`\(name)` is a reserved word",
          span: nameToken.span, hint: "choose another name")
      }
      advance()
      guard current.isSymbol("=") else {
        throw unexpected(current, expected: "`=` after `let \(name)`", hint: "let \(name) = …")
      }
      advance()
      return .assignment(name: name, try parsePipeline())
    }
    return .pipeline(try parsePipeline())
  }

  mutating func parsePipeline() throws(Diagnostic) -> Pipeline {
    var stages: [Stage] = []
    while true {
      if atStageEnd {
        let what = stages.isEmpty && current.isEnd ? "a command or expression" : "a command"
        throw Diagnostic(
          .syntax, id: "query.parse.emptyStage", "expected \(what), found \(describe(current))",
          span: current.span, hint: "write a command between `|` symbols, e.g. `quotes | count`")
      }
      stages.append(try parseStage(first: stages.isEmpty))
      if current.isEnd { break }
      guard current.isSymbol("|") else {
        let near = current.identifier.map { Suggest.closest(to: $0, in: Parser.operatorWords) } ?? []
        let hint = current.isSymbol(",") ? "commas separate list items; write 1,000,000 as 1_000_000 or 1m" : nil
        throw unexpected(
          current, expected: "an operator, `|` or the end of the line", hint: hint, suggestions: near)
      }
      advance()
    }
    return Pipeline(stages)
  }

  /// Word operators, offered as "did you mean" for a misspelt one (`adn` → `and`).
  static let operatorWords = ["and", "or", "not", "in", "of"]

  static let reserved: Set<String> = ["and", "or", "not", "in", "of", "true", "false", "null", "let"]

  mutating func parseStage(first: Bool) throws(Diagnostic) -> Stage {
    let t = current
    if case .variable(let name) = t.kind, peek(1).isEnd || peek(1).isSymbol("|") {
      advance()
      return .variable(name, span: SpanIgnored(wrappedValue: t.span))
    }
    if let word = t.identifier, !Parser.reserved.contains(word) {
      let second = peek(1).identifier
      if let (descriptor, used) = registry.resolve(second.map { [word, $0] } ?? [word]) {
        return .command(try parseCommand(descriptor, nameWords: used))
      }
      if !(first && peek(1).isSymbol("(")) {
        throw unknownCommand(t)
      }
    }
    guard first else {
      throw unexpected(t, expected: "a command after `|`", hint: "e.g. `| where …`, `| count`")
    }
    return .expression(try parseExpression(stop: []))
  }

  func unknownCommand(_ t: Token) -> Diagnostic {
    let word = t.identifier ?? t.text
    if registry.isGroup(word) {
      let options = registry.names.filter { $0.hasPrefix(word + " ") }
      let second = peek(1)
      let near = second.identifier.map { Suggest.closest(to: word + " " + $0, in: options) } ?? []
      return Diagnostic(
        .name, id: "query.unknownCommand",
        second.identifier.map { "`\(word)` has no subcommand `\($0)`" }
          ?? "`\(word)` needs a subcommand",
        span: second.identifier == nil ? t.span : t.span.union(second.span),
        hint: "one of: " + options.joined(separator: ", "),
        suggestions: near.isEmpty ? Array(options.prefix(3)) : near)
    }
    return Diagnostic(
      .name, id: "query.unknownCommand", "unknown command `\(word)`", span: t.span,
      hint: "`help` lists the commands", suggestions: registry.suggestions(for: word))
  }
}
