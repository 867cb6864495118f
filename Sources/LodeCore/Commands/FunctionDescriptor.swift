/// A function usable inside expressions (`round(x, 2)`, `npv(8%, 10bn/yr, 30y)`), declared once.
///
/// The query layer owns the built-in functions; modules may add theirs (Valuation adds
/// `pv`, `fv`, `npv`, …) through `CommandRegistry.register(functions:)`, so the same
/// math is reachable as a command and inside expressions.
public struct FunctionDescriptor: Sendable {
  public typealias Run = @Sendable ([Value], FunctionCall) throws(Diagnostic) -> Value

  public var name: String
  public var module: String
  public var summary: String
  /// Parameter names and types, for help and arity checks (`any` accepts everything).
  public var parameters: [(name: String, type: ValueType)]
  /// How many trailing parameters may be left out.
  public var optionalCount: Int
  public var examples: [Example]
  public var run: Run

  public init(
    name: String, module: String, summary: String, parameters: [(name: String, type: ValueType)],
    optionalCount: Int = 0, examples: [Example] = [], run: @escaping Run
  ) {
    self.name = name
    self.module = module
    self.summary = summary
    self.parameters = parameters
    self.optionalCount = optionalCount
    self.examples = examples
    self.run = run
  }

  public var usage: String {
    let ps = parameters.enumerated().map { i, p in
      i >= parameters.count - optionalCount ? "[\(p.name)]" : p.name
    }
    return "\(name)(\(ps.joined(separator: ", ")))"
  }
}

/// Where a function is called from: its span and each argument's span, plus the context.
public struct FunctionCall: Sendable {
  public var span: SourceSpan
  public var argumentSpans: [SourceSpan]
  public var context: Context

  public init(span: SourceSpan, argumentSpans: [SourceSpan], context: Context) {
    self.span = span
    self.argumentSpans = argumentSpans
    self.context = context
  }

  /// An error located at argument `i` (or the call when out of range).
  public func error(
    _ id: String, _ message: String, argument i: Int? = nil, hint: String? = nil
  )
    -> Diagnostic
  {
    let span = i.flatMap { argumentSpans.indices.contains($0) ? argumentSpans[$0] : nil } ?? span
    return Diagnostic(.argument, id: id, message, span: span, hint: hint)
  }
}
