import LodeCore
import Testing

@testable import LodeQuery

/// Issue 18, defect 1: arithmetic below Decimal's smallest step trapped (SIGILL) on every
/// path; now each returns a value or `query.underflow` pointing at the operation.
private let t = "0.0000000000000000000000000001"  // 1e-28
private let t4 = "(\(t) * \(t) * \(t) * \(t))"  // 1e-112, still held
// A parenthesised operand's span is what is inside the parentheses, so an underline that
// starts or ends at one starts after its "(" or ends before its ")".
private let t4open = String(t4.dropFirst())
private let t4shut = String(t4.dropLast())

@Test(arguments: [
  ("\(t) * \(t) * \(t) * \(t) * \(t)", "\(t) * \(t) * \(t) * \(t) * \(t)"),
  ("\(t4) * \(t) * \(t)", "\(t4open) * \(t)"),
  ("round(\(t4) * \(t) * \(t), 2)", "\(t4open) * \(t)"),
  ("$1 * \(t4) * \(t) * \(t)", "$1 * \(t4) * \(t)"),
  ("\(t)% * \(t4) * \(t)", "\(t)% * \(t4shut)"),
  ("1y * \(t4) * \(t) * \(t)", "1y * \(t4) * \(t)"),
  ("\(t4) / 100000000000000000000000000000", "\(t4open) / 100000000000000000000000000000"),
  ("range 3 | where n * \(t4) * \(t) * \(t) > 0", "n * \(t4) * \(t)"),
])
func arithmeticBelowTheSmallestStepIsAnUnderflowError(line: String, underlined: String) throws {
  let d = try #require(diagnostic(line))
  #expect(d.id == "query.underflow")
  #expect(d.message == "the result is too small to hold exactly")
  // The span underlines the operation whose result underflowed.
  let span = try #require(d.span)
  let chars = Array(line)
  #expect(String(chars[min(span.start, chars.count)..<min(span.end, chars.count)]) == underlined)
}

@Test func theUnderflowPointsAtTheOperationThatUnderflowed() throws {
  // 1e-112 × 1e-28 is the first product that cannot be held: `(…) * t`, not the whole line.
  let line = "1 + \(t4) * \(t) * \(t)"
  let d = try #require(diagnostic(line))
  let firstFactor = line.distance(from: line.startIndex, to: try #require(line.firstIndex(of: "0")))
  #expect(d.span == SourceSpan(firstFactor, 4 + t4.count + 3 + t.count))
}

@Test func tinyValuesPrintAsWhatTheyAreAndCompareAboveZero() {
  #expect(show(t4) == "1e-112")
  #expect(show("\(t4) > 0") == "true")
  #expect(show("1 / 3 * \(t4)") == "3.33333333333e-113")
  #expect(show("$2 * \(t4)") == "$2e-112")
  #expect(show("range 2 | where n * \(t4) > 0 | count") == "2")
}
