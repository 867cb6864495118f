import Foundation
import LodeCore

/// A compiled expression: evaluated per row of a table (or once, with any table and row 0).
typealias Eval = @Sendable (Table, Int) throws(Diagnostic) -> Value

/// Compiles an `Expr` to closures once, resolving field indexes against the schema
/// of the table that will flow in, so evaluation per row does no name lookups.
struct Compiler {
  /// The flowing table's schema; nil when the expression has no row context.
  var schema: Schema?
  var variables: [String: Value]
  var functions: [String: FunctionDescriptor]
  var context: Context
  var settings: Settings
  /// The command the expression belongs to, for messages (`where`).
  var owner: String?
  /// When true and `schema` is nil, field references fail only when evaluated.
  var deferFieldErrors = false

  /// A compiled node plus its value when it is a constant.
  struct Compiled {
    var eval: Eval
    var constant: Value?
    static func const(_ v: Value) -> Compiled { Compiled(eval: { _, _ in v }, constant: v) }
  }

  func compile(_ e: Expr) throws(Diagnostic) -> Eval { try node(e).eval }

  func node(_ e: Expr) throws(Diagnostic) -> Compiled {
    switch e.node {
    case .literal(let v): return .const(v)
    case .variable(let name):
      guard let v = variables[name] else {
        throw Diagnostic(
          .name, id: "query.unknownVariable", "no variable `$\(name)`", span: e.span,
          hint: "define it first with `let \(name) = …`",
          suggestions: Suggest.closest(to: name, in: variables.keys).map { "$" + $0 })
      }
      return .const(v)
    case .field(let name): return try field(name, e.span)
    case .list(let items):
      let parts = try items.map { (x: Expr) throws(Diagnostic) -> Compiled in try node(x) }
      if parts.allSatisfy({ $0.constant != nil }) {
        return .const(.list(parts.compactMap(\.constant)))
      }
      let evals = parts.map(\.eval)
      return Compiled(
        eval: { t, r throws(Diagnostic) in
          var out: [Value] = []
          out.reserveCapacity(evals.count)
          for f in evals { out.append(try f(t, r)) }
          return .list(out)
        }, constant: nil)
    case .unary(let op, let x): return try unary(op, x, e.span)
    case .binary(let op, let a, let b): return try binary(op, a, b, e.span)
    case .call(let name, let args): return try call(name, args, e.span)
    }
  }

  func field(_ name: String, _ span: SourceSpan) throws(Diagnostic) -> Compiled {
    guard let schema else {
      let error = Diagnostic(
        .name, id: "query.unknownField", "`\(name)` is not a value here", span: span,
        hint: "to write text, quote it: \"\(name)\"")
      if deferFieldErrors {
        return Compiled(eval: { _, _ throws(Diagnostic) in throw error }, constant: nil)
      }
      throw error
    }
    guard let index = schema.index(of: name) else {
      let names = schema.names
      let into = owner.map { " flowing into `\($0)`" } ?? ""
      throw Diagnostic(
        .name, id: "query.unknownField", "no field `\(name)` in the table\(into)", span: span,
        hint: names.isEmpty
          ? "the table has no fields"
          : "fields: " + names.prefix(12).joined(separator: ", ")
            + (names.count > 12 ? ", …" : "") + "; quote text: \"\(name)\"",
        suggestions: Suggest.closest(to: name, in: names))
    }
    return Compiled(
      eval: { t, r in
        let row = t.rows[r]
        return index < row.count ? row[index] : .null
      }, constant: nil)
  }

  func unary(_ op: UnaryOperator, _ x: Expr, _ span: SourceSpan) throws(Diagnostic) -> Compiled {
    let inner = try node(x)
    let f = inner.eval
    let operandSpan = x.span
    let eval: Eval
    switch op {
    case .negate:
      eval = { t, r throws(Diagnostic) in try Arithmetic.negate(try f(t, r), span) }
    case .not:
      eval = { t, r throws(Diagnostic) in
        .bool(!(try Compiler.truth(try f(t, r), operandSpan, "not")))
      }
    }
    return try folded(eval, [inner])
  }

  /// Evaluates a node now when all its inputs are constants.
  func folded(_ eval: @escaping Eval, _ parts: [Compiled]) throws(Diagnostic) -> Compiled {
    guard parts.allSatisfy({ $0.constant != nil }) else { return Compiled(eval: eval, constant: nil) }
    return .const(try eval(Table(columns: []), 0))
  }

  /// true/false for `and`, `or`, `not` and `where`; null counts as false.
  static func truth(_ v: Value, _ span: SourceSpan, _ op: String) throws(Diagnostic) -> Bool {
    switch v {
    case .bool(let b): return b
    case .null: return false
    default:
      throw Diagnostic(
        .type, id: "query.type.mismatch", "`\(op)` needs true or false, got \(Site.article(v))",
        span: span, hint: "compare it, e.g. amount > 1bn")
    }
  }
}
