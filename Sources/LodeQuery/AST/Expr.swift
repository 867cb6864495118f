import LodeCore

/// An expression of the query language: literals, fields, variables, operators, calls.
///
/// Equality ignores spans (see `SpanIgnored`), so a printed and re-parsed tree compares equal.
public struct Expr: Hashable, Sendable {
  /// The shape of an expression node.
  public indirect enum Node: Hashable, Sendable {
    case literal(Value)
    case field(String)
    case variable(String)
    case list([Expr])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case call(String, [Expr])
  }

  public var node: Node
  @SpanIgnored public var span: SourceSpan

  /// How deeply the tree nests; the parser caps it so evaluation cannot exhaust the stack.
  @Ignored public var depth: Int

  public init(_ node: Node, span: SourceSpan) {
    self.node = node
    self.span = span
    switch node {
    case .literal, .field, .variable: depth = 1
    case .list(let items): depth = 1 + (items.map(\.depth).max() ?? 0)
    case .unary(_, let e): depth = 1 + e.depth
    case .binary(_, let a, let b): depth = 1 + max(a.depth, b.depth)
    case .call(_, let args): depth = 1 + (args.map(\.depth).max() ?? 0)
    }
  }

  /// Field names the expression reads, in first-use order.
  public var fields: [String] {
    var out: [String] = []
    func walk(_ e: Expr) {
      switch e.node {
      case .field(let f): if !out.contains(f) { out.append(f) }
      case .list(let items): items.forEach(walk)
      case .unary(_, let x): walk(x)
      case .binary(_, let a, let b): walk(a); walk(b)
      case .call(_, let args): args.forEach(walk)
      default: break
      }
    }
    walk(self)
    return out
  }
}

/// Prefix operators: arithmetic negation and logical `not`.
public enum UnaryOperator: String, Hashable, Sendable {
  case negate = "-"
  case not = "not"
}

/// Infix operators, from loosest to tightest binding.
public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
  case or, and
  case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">=", contains = "~", `in`
  case add = "+", subtract = "-"
  case multiply = "*", divide = "/", of

  /// Binding strength: higher binds tighter.
  public var precedence: Int {
    switch self {
    case .or: 1
    case .and: 2
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .contains, .in: 4
    case .add, .subtract: 5
    case .multiply, .divide, .of: 6
    }
  }

  public var isComparison: Bool { precedence == 4 }
}

extension Expr {
  /// Every `field = "text"` (either way round) in the expression, in order.
  var textEqualities: [(field: String, literal: String)] {
    var out: [(field: String, literal: String)] = []
    func walk(_ e: Expr) {
      switch e.node {
      case .binary(.equal, let a, let b):
        switch (a.node, b.node) {
        case (.field(let f), .literal(.string(let s))), (.literal(.string(let s)), .field(let f)):
          out.append((f, s))
        default: break
        }
      case .binary(_, let a, let b): walk(a); walk(b)
      case .unary(_, let x): walk(x)
      default: break
      }
    }
    walk(self)
    return out
  }
}
