import Foundation
import LodeCore

extension Compiler {
  func binary(
    _ op: BinaryOperator, _ a: Expr, _ b: Expr, _ span: SourceSpan
  ) throws(Diagnostic)
    -> Compiled
  {
    let l = try node(a)
    let r = try node(b)
    let site = Site(span: span, left: a.span, right: b.span)
    if let fast = fastComparison(op, l, r, site) { return fast }
    let f = l.eval
    let g = r.eval
    let fx = settings
    // Only `=`, `!=` and `in` match names by alias; the service lookup is a dynamic cast
    // whose first use scans the protocol conformances (~0.7M instructions at start-up).
    let names = op == .equal || op == .notEqual || op == .in ? context.nameAliases : nil
    let eval: Eval
    switch op {
    case .and:
      eval = { t, i throws(Diagnostic) in
        guard try Compiler.truth(try f(t, i), site.left, "and") else { return .bool(false) }
        return .bool(try Compiler.truth(try g(t, i), site.right, "and"))
      }
    case .or:
      eval = { t, i throws(Diagnostic) in
        if try Compiler.truth(try f(t, i), site.left, "or") { return .bool(true) }
        return .bool(try Compiler.truth(try g(t, i), site.right, "or"))
      }
    case .add:
      eval = { t, i throws(Diagnostic) in
        try Arithmetic.finite(try Arithmetic.add(try f(t, i), try g(t, i), site, fx), site)
      }
    case .subtract:
      eval = { t, i throws(Diagnostic) in
        try Arithmetic.finite(try Arithmetic.add(try f(t, i), try g(t, i), site, fx, negate: true), site)
      }
    case .multiply:
      eval = { t, i throws(Diagnostic) in
        try Arithmetic.finite(try Arithmetic.multiply(try f(t, i), try g(t, i), site), site)
      }
    case .divide:
      eval = { t, i throws(Diagnostic) in
        try Arithmetic.finite(try Arithmetic.divide(try f(t, i), try g(t, i), site, fx), site)
      }
    case .of:
      eval = { t, i throws(Diagnostic) in
        try Arithmetic.finite(try Arithmetic.of(try f(t, i), try g(t, i), site), site)
      }
    case .equal:
      eval = { t, i throws(Diagnostic) in
        .bool(Comparison.equal(try f(t, i), try g(t, i), fx, names))
      }
    case .notEqual:
      eval = { t, i throws(Diagnostic) in
        .bool(!Comparison.equal(try f(t, i), try g(t, i), fx, names))
      }
    case .contains:
      eval = { t, i throws(Diagnostic) in .bool(Comparison.contains(try f(t, i), try g(t, i))) }
    case .in:
      eval = { t, i throws(Diagnostic) in
        .bool(try Comparison.member(try f(t, i), try g(t, i), site, fx, names))
      }
    case .less, .lessEqual, .greater, .greaterEqual:
      let test = Compiler.orderTest(op)
      eval = { t, i throws(Diagnostic) in
        guard let c = try Comparison.compare(try f(t, i), try g(t, i), site, fx) else {
          return .bool(false)
        }
        return .bool(test(c))
      }
    }
    return try folded(eval, [l, r])
  }

  static func orderTest(_ op: BinaryOperator) -> @Sendable (Int) -> Bool {
    switch op {
    case .less: { $0 < 0 }
    case .lessEqual: { $0 <= 0 }
    case .greater: { $0 > 0 }
    default: { $0 >= 0 }
    }
  }

  /// Specialised closures for `field OP constant`, the shape of most `where` clauses:
  /// no intermediate values, the constant's folded text and entity resolved once.
  func fastComparison(
    _ op: BinaryOperator, _ l: Compiled, _ r: Compiled, _ site: Site
  )
    -> Compiled?
  {
    guard l.constant == nil, let k = r.constant else { return nil }
    let f = l.eval
    let fx = settings
    switch (op, k) {
    case (.contains, .string(let needle)):
      let prepared = FoldNeedle(needle)
      return Compiled(
        eval: { t, i throws(Diagnostic) in
          let v = try f(t, i)
          if case .string(let s) = v { return .bool(prepared.isContained(in: s)) }
          return .bool(Comparison.contains(v, .string(needle)))
        }, constant: nil)
    case (.equal, .string(let s)), (.notEqual, .string(let s)):
      let prepared = FoldNeedle(s)
      let negate = op == .notEqual
      let names = context.nameAliases
      let entity = names?.canonical(s)
      return Compiled(
        eval: { t, i throws(Diagnostic) in
          let v = try f(t, i)
          if case .string(let x) = v {
            if x == s || prepared.isEqual(to: x) { return .bool(!negate) }
            guard let entity, let names else { return .bool(negate) }
            return .bool((names.canonical(x) == entity) != negate)
          }
          return .bool(Comparison.equal(v, k, fx, names) != negate)
        }, constant: nil)
    case (.less, .number(let c)), (.lessEqual, .number(let c)), (.greater, .number(let c)),
      (.greaterEqual, .number(let c)), (.equal, .number(let c)), (.notEqual, .number(let c)):
      let test = Compiler.decimalTest(op, c)
      return Compiled(
        eval: { t, i throws(Diagnostic) in
          let v = try f(t, i)
          if case .number(let x) = v { return .bool(test(x)) }
          if op == .equal || op == .notEqual { return .bool(Comparison.equal(v, k, fx) != (op == .notEqual)) }
          guard let c = try Comparison.compare(v, k, site, fx) else { return .bool(false) }
          return .bool(Compiler.orderTest(op)(c))
        }, constant: nil)
    case (.less, .money(let c)), (.lessEqual, .money(let c)), (.greater, .money(let c)),
      (.greaterEqual, .money(let c)):
      let test = Compiler.decimalTest(op, c.amount)
      return Compiled(
        eval: { t, i throws(Diagnostic) in
          let v = try f(t, i)
          if case .money(let m) = v, m.currency == c.currency { return .bool(test(m.amount)) }
          guard let r = try Comparison.compare(v, k, site, fx) else { return .bool(false) }
          return .bool(Compiler.orderTest(op)(r))
        }, constant: nil)
    default:
      return nil
    }
  }

  static func decimalTest(_ op: BinaryOperator, _ c: Decimal) -> @Sendable (Decimal) -> Bool {
    switch op {
    case .less: { FastDecimal.compare($0, c) < 0 }
    case .lessEqual: { FastDecimal.compare($0, c) <= 0 }
    case .greater: { FastDecimal.compare($0, c) > 0 }
    case .greaterEqual: { FastDecimal.compare($0, c) >= 0 }
    case .equal: { FastDecimal.compare($0, c) == 0 }
    default: { FastDecimal.compare($0, c) != 0 }
    }
  }
}
