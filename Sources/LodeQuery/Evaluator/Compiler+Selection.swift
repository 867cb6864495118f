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

  /// `field OP number`, and `and`-chains of them, as one tight loop over the rows (each
  /// row read once); other `A and B` as A's rows narrowed by B; nil for other shapes.
  private func fastFilter(_ e: Expr) throws(Diagnostic) -> RowFilter? {
    guard try node(e).constant == nil else { return nil }
    if let tests = try numberTests(e) { return Compiler.scan(tests) }
    guard case .binary(.and, let a, let b) = e.node else { return nil }
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
  }

  /// One `field OP number` comparison, prepared; `fallback` decides cells that are not numbers.
  struct NumberTest: Sendable {
    var column: Int
    var bound: DecimalBound
    var accept: (below: Bool, equal: Bool, above: Bool)
    var fallback: RowTest
  }

  /// The comparisons of `e` when it is `field OP number` or an `and`-chain of only those.
  private func numberTests(_ e: Expr) throws(Diagnostic) -> [NumberTest]? {
    switch e.node {
    case .binary(.and, let a, let b):
      guard let left = try numberTests(a), let right = try numberTests(b) else { return nil }
      return left + right
    case .binary(let cmp, let a, let b):
      guard case .field(let name) = a.node, let column = schema?.index(of: name),
        case .number(let c)? = try node(b).constant, let accept = Compiler.accepts(cmp)
      else { return nil }
      return [
        NumberTest(
          column: column, bound: DecimalBound(c), accept: accept,
          fallback: try predicate(e, span: e.span, op: "where"))
      ]
    default:
      return nil
    }
  }

  /// Keeps the rows that pass every test, left to right (as `and` evaluates them). The
  /// tests' parts are read in place per row (a `for test in tests` loop copied each test,
  /// retaining its bound and fallback: ~70 instructions a row).
  private static func scan(_ tests: [NumberTest]) -> RowFilter {
    let columns = tests.map(\.column)
    let bounds = tests.map(\.bound)
    let accepts = tests.map(\.accept)
    let fallbacks = tests.map(\.fallback)
    return { t, range, subset throws(Diagnostic) in
      var out: [Int] = []
      try t.rows.withUnsafeBufferPointer { rows throws(Diagnostic) in
        try bounds.withUnsafeBufferPointer { bounds throws(Diagnostic) in
          func passes(_ i: Int) throws(Diagnostic) -> Bool {
            for k in 0..<columns.count {
              let column = columns[k]
              if column < rows[i].count, case .number(let x) = rows[i][column] {
                let r = bounds[k].compare(x)
                let accept = accepts[k]
                guard r < 0 ? accept.below : (r == 0 ? accept.equal : accept.above) else { return false }
              } else if try !fallbacks[k](t, i) {
                return false
              }
            }
            return true
          }
          if let subset {
            for i in subset where try passes(i) { out.append(i) }
          } else {
            for i in range where try passes(i) { out.append(i) }
          }
        }
      }
      return out
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
