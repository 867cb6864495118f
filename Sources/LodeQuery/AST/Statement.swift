import LodeCore

/// One line of the query language: a pipeline, or `let NAME = pipeline`.
public enum Statement: Hashable, Sendable {
  case pipeline(Pipeline)
  case assignment(name: String, Pipeline)

  public var pipeline: Pipeline {
    switch self {
    case .pipeline(let p), .assignment(_, let p): p
    }
  }
}

/// Stages joined by `|`; each stage's output is the next one's input.
public struct Pipeline: Hashable, Sendable {
  public var stages: [Stage]
  public init(_ stages: [Stage]) { self.stages = stages }
}

/// One stage: a command call, a calculator expression, or a `$NAME` source.
public enum Stage: Hashable, Sendable {
  case command(CommandStage)
  case expression(Expr)
  case variable(String, span: SpanIgnored)

  public var span: SourceSpan {
    switch self {
    case .command(let c): c.span
    case .expression(let e): e.span
    case .variable(_, let s): s.wrappedValue
    }
  }
}

/// A command call with its arguments matched to the command's signature.
public struct CommandStage: Hashable, Sendable {
  public var name: String
  @SpanIgnored public var nameSpan: SourceSpan
  public var arguments: [Argument]
  public var flags: [FlagArgument]
  @SpanIgnored public var span: SourceSpan

  public init(
    name: String, nameSpan: SourceSpan, arguments: [Argument], flags: [FlagArgument],
    span: SourceSpan
  ) {
    self.name = name
    self.nameSpan = nameSpan
    self.arguments = arguments
    self.flags = flags
    self.span = span
  }
}

/// A positional argument, keyed by the signature parameter it fills.
public struct Argument: Hashable, Sendable {
  /// How the argument was written, following the parameter's shape.
  public enum Content: Hashable, Sendable {
    case expression(Expr)
    case word(String)
    case keyword(String)
    case fields([FieldKey])
    case choice(String)
    case rowExpression(Expr)
  }

  public var parameter: String
  public var content: Content
  /// The keyword written before it, for parameters introduced by one (`from 2025`).
  public var introducedBy: String?
  @SpanIgnored public var span: SourceSpan

  public init(parameter: String, content: Content, introducedBy: String? = nil, span: SourceSpan) {
    self.parameter = parameter
    self.content = content
    self.introducedBy = introducedBy
    self.span = span
  }
}

/// A field name in a `.fields` argument, with an optional `desc`/`asc`.
public struct FieldKey: Hashable, Sendable {
  public var name: String
  /// nil when no direction was written.
  public var descending: Bool?
  /// Written as a string literal (`group by n "max"`): the printer quotes it again, since the
  /// bare word may end the list there (a later parameter's choice word such as `max`).
  @Ignored public var quoted: Bool
  @SpanIgnored public var span: SourceSpan

  public init(name: String, descending: Bool? = nil, quoted: Bool = false, span: SourceSpan) {
    self.name = name
    self.descending = descending
    self.quoted = quoted
    self.span = span
  }
}

/// A `--name` switch or `--name VALUE` option.
public struct FlagArgument: Hashable, Sendable {
  public var name: String
  public var value: Expr?
  @SpanIgnored public var span: SourceSpan

  public init(name: String, value: Expr?, span: SourceSpan) {
    self.name = name
    self.value = value
    self.span = span
  }
}
