import Foundation
import LodeCore

/// A compiled condition over a range of rows: the indexes of those that pass, in order.
typealias RowSelect = @Sendable (Table, Range<Int>) throws(Diagnostic) -> [Int]

extension Compiler {
  /// Compiles a condition to a range selector: `field OP number` scans its column in one
  /// tight loop (no call per row, so the memory reads of many rows overlap), `A and B`
  /// narrows A's selection with B; anything else tests row by row. Should a fast path
  /// fail, the range is re-run row by row so the error is the one row order gives.
  func selection(_ e: Expr, span: SourceSpan, op: String) throws(Diagnostic) -> RowSelect {
    let test = try predicate(e, span: span, op: op)
    let rowByRow: RowSelect = { t, range throws(Diagnostic) in
      var out: [Int] = []
      for i in range where try test(t, i) { out.append(i) }
      return out
    }
    guard let fast = try fastSelection(e) else { return rowByRow }
    return { t, range throws(Diagnostic) in
      do throws(Diagnostic) {
        return try fast(t, range)
      } catch {
        return try rowByRow(t, range)
      }
    }
  }

  /// Rows of a range, or of a narrower list of row indexes within it, that pass.
  typealias RowFilter = @Sendable (Table, Range<Int>, [Int]?) throws(Diagnostic) -> [Int]

  private func fastSelection(_ e: Expr) throws(Diagnostic) -> RowSelect? {
    guard let filter = try fastFilter(e) else { return nil }
    return { t, range throws(Diagnostic) in try filter(t, range, nil) }
  }

  /// `field OP number` as one tight loop over the rows; `A and B` as A's rows narrowed by
  /// B (B's own tight loop when it has one); nil for other shapes.
  private func fastFilter(_ e: Expr) throws(Diagnostic) -> RowFilter? {
    guard try node(e).constant == nil else { return nil }
    switch e.node {
    case .binary(.and, let a, let b):
      let first: RowFilter
      if let fast = try fastFilter(a) {
        first = fast
      } else {
        let select = try selection(a, span: a.span, op: "and")
        first = { t, range, _ throws(Diagnostic) in try select(t, range) }
      }
      if let second = try fastFilter(b) {
        return { t, range, subset throws(Diagnostic) in try second(t, range, try first(t, range, subset)) }
      }
      let test = try predicate(b, span: b.span, op: "and")
      return { t, range, subset throws(Diagnostic) in
        var out: [Int] = []
        for i in try first(t, range, subset) where try test(t, i) { out.append(i) }
        return out
      }
    case .binary(let cmp, let a, let b):
      guard case .field(let name) = a.node, let column = schema?.index(of: name),
        case .number(let c)? = try node(b).constant, let accept = Compiler.accepts(cmp)
      else { return nil }
      let fallback = try predicate(e, span: e.span, op: "where")
      let bound = DecimalBound(c)
      return { t, range, subset throws(Diagnostic) in
        var out: [Int] = []
        try t.rows.withUnsafeBufferPointer { rows throws(Diagnostic) in
          func visit(_ i: Int) throws(Diagnostic) {
            if column < rows[i].count, case .number(let x) = rows[i][column] {
              let r = bound.compare(x)
              if r < 0 ? accept.below : (r == 0 ? accept.equal : accept.above) { out.append(i) }
            } else if try fallback(t, i) {
              out.append(i)
            }
          }
          if let subset {
            for i in subset { try visit(i) }
          } else {
            for i in range { try visit(i) }
          }
        }
        return out
      }
    default:
      return nil
    }
  }

  /// Which outcomes of a three-way comparison an operator accepts; nil for other operators.
  static func accepts(_ cmp: BinaryOperator) -> (below: Bool, equal: Bool, above: Bool)? {
    switch cmp {
    case .less: (true, false, false)
    case .lessEqual: (true, true, false)
    case .greater: (false, false, true)
    case .greaterEqual: (false, true, true)
    case .equal: (false, true, false)
    case .notEqual: (true, false, true)
    default: nil
    }
  }
}
