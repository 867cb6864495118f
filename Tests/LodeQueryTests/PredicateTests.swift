import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeQuery

/// Compiles `text` against `schema` both ways: as a condition, and as a value made true/false.
private func both(
  _ text: String, _ schema: Schema
) throws -> (test: RowTest, eval: Eval, span: SourceSpan, select: RowSelect) {
  let (tokens, problems) = Lexer.tokenize(text)
  #expect(problems.isEmpty)
  var parser = Parser(tokens: tokens, registry: QueryBuiltins.registry())
  let e = try parser.parseExpression(stop: [])
  let compiler = Compiler(
    schema: schema, variables: [:], functions: [:], context: Context(), settings: Settings(), owner: "where")
  return (
    try compiler.predicate(e, span: e.span, op: "where"), try compiler.compile(e), e.span,
    try compiler.selection(e, span: e.span, op: "where")
  )
}

private func outcome(_ body: () throws(Diagnostic) -> Bool) -> String {
  do throws(Diagnostic) {
    return try body() ? "true" : "false"
  } catch {
    return "\(error.id) \(error.span.map { "\($0)" } ?? "-") \(error.message)"
  }
}

@Test func compiledConditionsAgreeWithEvaluatedOnes() throws {
  var rng = SplitMix64(seed: 31)
  let huge = Decimal(string: "123456789012345678901234") ?? 0
  func cell() -> Value {
    switch Int.random(in: 0..<14, using: &rng) {
    case 0: return .null
    case 1: return .string("12")
    case 2: return .money(Money(Decimal(Int.random(in: 0...9, using: &rng))))
    case 3: return .number(huge * Decimal(Int.random(in: -1...1, using: &rng)))
    case 4: return .number(Decimal(1) / Decimal(3))
    case 5: return .percent(Decimal(Int.random(in: -9...9, using: &rng)) / 100)
    default:
      let m = Int64.random(in: -2_000_000...2_000_000, using: &rng)
      let e = Int.random(in: -6...3, using: &rng)
      return .number(Decimal(sign: m < 0 ? .minus : .plus, exponent: e, significand: Decimal(m.magnitude)))
    }
  }
  let schema = Schema([.init("x"), .init("y")])
  let rows = (0..<400).map { _ in [cell(), cell()] }
  let t = Table(schema: schema, rows: rows + [[.null]])
  let constants = ["0", "1", "-3", "0.5", "-0.000001", "12.345", "100000000000000000000", "1000", "7%", "$5"]
  let ops = ["<", "<=", ">", ">=", "=", "!="]
  var conditions: [String] = []
  for c in constants {
    for op in ops { conditions.append("x \(op) \(c)") }
  }
  conditions += [
    "x > 1 and y < 0.5", "x < 0 or y >= 2", "not (x = 0)", "not (x > 1 and y != 3) or x <= -2",
    "x > y", "x + 1 > 2", "1 < 2 and x > 0", "x > 1 and 3", "x ~ \"1\"",
  ]
  for text in conditions {
    let (test, eval, span, select) = try both(text, schema)
    var expected: [String] = []
    for i in t.rows.indices {
      let fast = outcome { () throws(Diagnostic) in try test(t, i) }
      let slow = outcome { () throws(Diagnostic) in try Compiler.truth(try eval(t, i), span, "where") }
      #expect(fast == slow, "\(text) on row \(i): \(t.rows[i])")
      if expected.last?.hasPrefix("query.") != true, slow != "false" { expected.append(slow == "true" ? "\(i)" : slow) }
    }
    // The selector over a range in the middle and over all rows: the passing rows, or the
    // first error in row order.
    for range in [0..<t.rows.count, 17..<230] {
      let inRange = expected.filter { Int($0).map(range.contains) ?? true }
      let want = inRange.last?.hasPrefix("query.") == true ? [inRange[inRange.count - 1]] : inRange
      var got: [String]
      do throws(Diagnostic) {
        got = try select(t, range).map { "\($0)" }
      } catch {
        got = [outcome { () throws(Diagnostic) in throw error }]
      }
      if range == 0..<t.rows.count { #expect(got == want, "select \(text)") }
      if range != 0..<t.rows.count, !want.contains(where: { $0.hasPrefix("query.") }) {
        #expect(got == want, "select \(text) in \(range)")
      }
    }
  }
}

@Test func decimalBoundComparesExactly() {
  var rng = SplitMix64(seed: 4)
  let bounds: [Decimal] = [
    0, 5, -5, Decimal(string: "0.001") ?? 0, Decimal(string: "123456789012345678") ?? 0,
    Decimal(string: "1e20") ?? 0, Decimal(1) / Decimal(3),
  ]
  for b in bounds {
    let bound = DecimalBound(b)
    for _ in 0..<500 {
      let m = Int64.random(in: -10_000_000...10_000_000, using: &rng)
      let e = Int.random(in: -20...20, using: &rng)
      let x = Decimal(sign: m < 0 ? .minus : .plus, exponent: e, significand: Decimal(m.magnitude))
      #expect(bound.compare(x) == (x == b ? 0 : (x < b ? -1 : 1)), "\(x) vs \(b)")
    }
  }
}

@Test func whereThenCountIsFusedYetCountsAndFailsAsTheStagesDo() throws {
  let i = makeInterpreter()
  var rng = SplitMix64(seed: 12)
  let rows: [[Value]] = (0..<500).map { _ in
    [
      .int(Int.random(in: -20...20, using: &rng)),
      Int.random(in: 0..<9, using: &rng) == 0 ? .null : .string(["kyiv", "Lviv"][Int.random(in: 0...1, using: &rng)]),
    ]
  }
  i.variables["t"] = .table(Table(columns: ["x", "city"], rows: rows))
  for condition in ["x > 3", "x <= 0 and city ~ \"v\"", "not (x = 2) or city = \"lviv\"", "x * 2 > 7"] {
    guard case .value(let kept) = i.execute("$t | where \(condition)") else {
      Issue.record("where \(condition) failed")
      continue
    }
    let expected = kept.value.tableValue?.count ?? -1
    #expect(show("$t | where \(condition) | count", i) == "\(expected)", "\(condition)")
  }
  let stages = try i.parse("$t | where x > 3 | count").pipeline.stages
  // The fused path answers (nil would mean it fell back to the stages) with the stages' count.
  guard case .value(let kept) = i.execute("$t | where x > 3") else {
    Issue.record("where x > 3 failed")
    return
  }
  let fused = try i.runner().fusedCount(stages[1], stages[2], input: i.variables["t"] ?? .null)
  #expect(fused?.value == .int(kept.value.tableValue?.count ?? -1))
  let fusedError = try #require(diagnostic("$t | where x > \"a\" | count", i))
  let alone = try #require(diagnostic("$t | where x > \"a\"", i))
  #expect(fusedError.id == alone.id)
  #expect(fusedError.span == alone.span)
  #expect(fusedError.message == alone.message)
  i.context.cancel()
  #expect(show("$t | where x > 3 | count", i) == "error[command.cancelled]")
}
