/// One call of a command, with its arguments already checked against the signature.
///
/// Arguments are keyed by parameter name; flags by flag name (switches as `.bool(true)`).
/// Spans point into the typed line so a command can blame the exact argument.
public struct Invocation: Sendable {
  public var command: String
  public var arguments: [String: Value]
  public var argumentSpans: [String: SourceSpan]
  public var rowExpressions: [String: RowExpression]
  public var flags: [String: Value]
  /// The value flowing in from the previous stage (`.null` at the start of a pipeline).
  public var input: Value
  /// The whole stage's span, for errors about the call itself.
  public var span: SourceSpan

  public init(
    command: String, arguments: [String: Value] = [:], argumentSpans: [String: SourceSpan] = [:],
    rowExpressions: [String: RowExpression] = [:], flags: [String: Value] = [:],
    input: Value = .null, span: SourceSpan = SourceSpan(0, 0)
  ) {
    self.command = command
    self.arguments = arguments
    self.argumentSpans = argumentSpans
    self.rowExpressions = rowExpressions
    self.flags = flags
    self.input = input
    self.span = span
  }

  public subscript(_ name: String) -> Value? { arguments[name] }

  public func string(_ name: String) -> String? { arguments[name]?.stringValue }
  public func flag(_ name: String) -> Bool { flags[name]?.boolValue ?? (flags[name] != nil) }

  /// The input as a table, or an argument error naming the command.
  public func inputTable() throws(Diagnostic) -> Table {
    if case .table(let t) = input { return t }
    throw Diagnostic(
      .type, id: "command.input.notTable",
      "`\(command)` needs a table flowing in, got \(input.type.rawValue)", span: span,
      hint: "start the pipeline with a table, e.g. `quotes | \(command) …`")
  }

  /// An error located at a parameter's argument (or flag), else at the whole stage, with
  /// "did you mean" suggestions: commands report problems through this, never by building
  /// a `Diagnostic` and locating it themselves.
  public func error(
    _ id: String, _ message: String, at parameter: String? = nil, hint: String? = nil,
    kind: Diagnostic.Kind = .argument, suggestions: [String] = []
  ) -> Diagnostic {
    Diagnostic(
      kind, id: id, message, span: parameter.flatMap { argumentSpans[$0] } ?? span, hint: hint,
      suggestions: suggestions)
  }
}

/// An expression evaluated once per row of a table (`where`, `sort by expr`, …).
///
/// Built by the query layer; commands see only this closure, so no module depends
/// on the parser.
public struct RowExpression: Sendable {
  public var text: String
  public var span: SourceSpan
  public var evaluate: @Sendable (Table, Int) throws(Diagnostic) -> Value
  /// The same expression compiled as a condition: true/false per row without building a
  /// `Value`, failing as `evaluate` would for a non-boolean. Nil when not provided.
  public var condition: Condition?
  /// The `field = "text"` comparisons in the expression, so a command that finds no rows
  /// can say which literal matched no value of its column (and what it may have meant).
  public var textEqualities: [(field: String, literal: String)] = []

  /// A row test; a struct so the closure is called directly, not through an optional's thunks.
  public struct Condition: Sendable {
    public var test: @Sendable (Table, Int) throws(Diagnostic) -> Bool
    /// The indexes of the rows in a range that pass, in order (same results and errors as
    /// `test` row by row); nil when not provided.
    public var select: (@Sendable (Table, Range<Int>) throws(Diagnostic) -> [Int])?

    public init(
      _ test: @escaping @Sendable (Table, Int) throws(Diagnostic) -> Bool,
      select: (@Sendable (Table, Range<Int>) throws(Diagnostic) -> [Int])? = nil
    ) {
      self.test = test
      self.select = select
    }
  }

  public init(
    text: String, span: SourceSpan,
    evaluate: @escaping @Sendable (Table, Int) throws(Diagnostic) -> Value,
    condition: Condition? = nil
  ) {
    self.text = text
    self.span = span
    self.evaluate = evaluate
    self.condition = condition
  }
}
