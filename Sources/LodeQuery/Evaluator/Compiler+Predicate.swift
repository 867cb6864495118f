import LodeCore

/// A compiled condition: true or false for one row, without building a `Value`.
typealias RowTest = @Sendable (Table, Int) throws(Diagnostic) -> Bool

extension Compiler {
  /// Compiles a condition (`where`'s) to a closure that answers true/false per row:
  /// `and`/`or`/`not` combine sub-tests directly and `field OP number` reads the cell
  /// in place and compares integers. Same results and errors as `truth(compile(e))`.
  func predicate(_ e: Expr, span: SourceSpan, op: String) throws(Diagnostic) -> RowTest {
    let whole = try node(e)
    let eval = whole.eval
    let generic: RowTest = { t, i throws(Diagnostic) in try Compiler.truth(try eval(t, i), span, op) }
    if whole.constant != nil { return generic }
    switch e.node {
    case .binary(.and, let a, let b):
      let f = try predicate(a, span: a.span, op: "and")
      let g = try predicate(b, span: b.span, op: "and")
      return { t, i throws(Diagnostic) in
        guard try f(t, i) else { return false }
        return try g(t, i)
      }
    case .binary(.or, let a, let b):
      let f = try predicate(a, span: a.span, op: "or")
      let g = try predicate(b, span: b.span, op: "or")
      return { t, i throws(Diagnostic) in
        if try f(t, i) { return true }
        return try g(t, i)
      }
    case .unary(.not, let x):
      let f = try predicate(x, span: x.span, op: "not")
      return { t, i throws(Diagnostic) in !(try f(t, i)) }
    case .binary(let cmp, let a, let b):
      return try fieldNumberTest(cmp, a, b, fallback: eval) ?? generic
    default:
      return generic
    }
  }

  /// `field OP number` for the six ordering/equality operators: a number cell is compared
  /// with the prepared constant; any other cell takes the general path (`fallback`).
  private func fieldNumberTest(
    _ cmp: BinaryOperator, _ a: Expr, _ b: Expr, fallback: @escaping Eval
  )
    throws(Diagnostic) -> RowTest?
  {
    guard case .field(let name) = a.node, let column = schema?.index(of: name),
      case .number(let c)? = try node(b).constant, let accept = Compiler.accepts(cmp)
    else { return nil }
    let bound = DecimalBound(c)
    return { t, i throws(Diagnostic) in
      if column < t.rows[i].count, case .number(let x) = t.rows[i][column] {
        let r = bound.compare(x)
        return r < 0 ? accept.below : (r == 0 ? accept.equal : accept.above)
      }
      if case .bool(let v) = try fallback(t, i) { return v }
      return false
    }
  }
}
