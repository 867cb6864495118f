import Foundation
import LodeCore

/// `value cagr`: the steady yearly growth rate that takes one figure to another.
enum ValueCAGR {
  static let descriptor = CommandDescriptor(
    name: "value cagr", module: "Valuation",
    summary: "Compound annual growth rate from one figure to another",
    discussion: """
      (TO / FROM)^(1/n) − 1. Over exactly one year the answer is exact decimal; \
      otherwise the root is exp(ln(ratio) / n) summed as decimal series (about 34 \
      significant digits), and the shown step rounds it to 6 decimal places of the \
      fraction. FROM and TO must be positive and of one unit: two amounts of money in the \
      same currency (both sums or both yearly flows), or two plain numbers (a \
      population, a tonnage), which stay numbers.
      """,
    signature: Signature(
      [
        Parameter("from", .value(.any), help: "the starting figure"),
        Parameter("to", .keyword("to")),
        Parameter("target", .value(.any), help: "the final figure"),
        Parameter("over", .keyword("over")),
        Parameter("duration", .value(.duration), help: "the years between them"),
      ], input: .any, output: .percent),
    examples: [
      Example(
        "Reconstruction needs from $411bn to $524bn in two years", "value cagr 411bn to 524bn over 2y",
        output: """
          step   formula                     value
          ─────  ───────────────  ────────────────
          from                    $411,000,000,000
          to                      $524,000,000,000
          years                                 2y
          ratio  to / from          1.274939172749
          cagr   ratio^(1/2) − 1          12.9132%
          """)
    ],
    display: .steps(WorkedSteps.schema),
    run: Valuation.run(evaluate))

  /// `cagr(…)`, derived from the command's declaration.
  static let function = Valuation.function(
    from: descriptor,
    examples: [
      Example("yearly growth from $411bn to $524bn in two years", "cagr(411bn, 524bn, 2y)", output: "12.913204398307%")
    ],
    evaluate: evaluate)

  @Sendable static func evaluate(_ a: ValuationArguments) throws(Diagnostic) -> Worked {
    let from = try a.read("from") { v throws(Diagnostic) in try figure(v, "the starting figure") }
    let to = try a.read("target") { v throws(Diagnostic) in try figure(v, "the final figure") }
    let years = try a.years("duration", "the duration")
    return try compute(from: from, to: to, years: years)
  }

  /// A figure to grow from or to: money or a plain number, kept as given.
  static func figure(_ v: Value?, _ name: String) throws(Diagnostic) -> Value {
    switch v {
    case .money, .number: return v ?? .null
    default:
      throw Diagnostic(
        .type, id: "value.badArgument",
        "\(name) must be an amount of money or a number, got \(v.map { $0.type.rawValue } ?? "nothing")")
    }
  }

  /// The magnitudes of two figures of one unit, or a units error.
  static func magnitudes(_ a: Value, _ b: Value) throws(Diagnostic) -> (Decimal, Decimal) {
    switch (a, b) {
    case (.number(let x), .number(let y)): return (x, y)
    case (.money(let x), .money(let y)):
      try ValuationInput.sameCurrency(x, y)
      guard x.perYear == y.perYear else {
        throw Diagnostic(
          .type, id: "value.units", "one figure is a yearly flow and the other a sum",
          hint: "give both with /yr, or neither")
      }
      return (x.amount, y.amount)
    default:
      throw Diagnostic(
        .type, id: "value.units",
        "one figure is money and the other a plain number (\(a.type.rawValue) and \(b.type.rawValue))",
        hint: "give both as money (100bn to 120bn) or both as numbers (100 to 120)")
    }
  }

  static func compute(from: Value, to: Value, years n: Decimal) throws(Diagnostic) -> Worked {
    let (a, b) = try magnitudes(from, to)
    guard a > 0, b > 0 else {
      throw Diagnostic(.argument, id: "value.cagr.positive", "both figures must be positive")
    }
    guard n > 0 else {
      throw Diagnostic(.argument, id: "value.cagr.zeroYears", "growth needs more than 0 years")
    }
    var steps = WorkedSteps()
    steps.add("from", "", from)
    steps.add("to", "", to)
    steps.add("years", "", .duration(Duration(years: n)))
    let ratio = try ValuationInput.over(b, a)
    steps.add("ratio", "to / from", .number(DecimalMath.round(ratio, 12)))
    let rate: Decimal
    if n == 1 {
      rate = ratio - 1
      steps.add("cagr", "ratio − 1", .percent(rate))
    } else {
      guard let ln = DecimalLog.ln(ratio), let root = DecimalLog.exp(DecimalMath.divide(ln, n)) else {
        throw Diagnostic(.runtime, id: "value.overflow", "the growth rate is out of range")
      }
      rate = DecimalMath.round(root, DecimalLog.places) - 1
      steps.add("cagr", "ratio^(1/\(Show.number(n))) − 1", .percent(DecimalMath.round(rate, DecimalMath.approxPlaces)))
    }
    return Worked(value: .percent(rate), steps: steps)
  }
}
