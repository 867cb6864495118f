import Foundation
import LodeCore

/// `value cagr`: the steady yearly growth rate that takes one figure to another.
enum ValueCAGR {
  static let descriptor = CommandDescriptor(
    name: "value cagr", module: "Valuation",
    summary: "Compound annual growth rate from one figure to another",
    discussion: """
      (TO / FROM)^(1/n) − 1. Over exactly one year the answer is exact decimal; \
      otherwise the root is taken in Double precision (about 15 significant digits) and \
      rounded to 6 decimal places of the fraction (4 of the percent). FROM and TO must \
      be positive and in the same currency.
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
          step   formula                                         value
          ─────  ───────────────────────────────────  ────────────────
          from                                        $411,000,000,000
          to                                          $524,000,000,000
          years                                                     2y
          ratio  to / from                              1.274939172749
          cagr   ratio^(1/2) − 1  (Double, 6 places)          12.9132%
          """)
    ],
    outputSchema: WorkedSteps.schema,
    run: { inv, _ throws(Diagnostic) in
      let from = try inv.checking("from") { v throws(Diagnostic) in try ValuationInput.money(v, "the starting figure") }
      let to = try inv.checking("target") { v throws(Diagnostic) in try ValuationInput.money(v, "the final figure") }
      let years = try inv.checking("duration") { v throws(Diagnostic) in try ValuationInput.years(v, "the duration") }
      do throws(Diagnostic) {
        return try compute(from: from, to: to, years: years).output
      } catch { throw error.located(at: inv.span) }
    })

  static func compute(from: Money, to: Money, years n: Decimal) throws(Diagnostic) -> Worked {
    try ValuationInput.sameCurrency(from, to)
    guard from.amount > 0, to.amount > 0 else {
      throw Diagnostic(.argument, id: "value.cagr.positive", "both figures must be positive")
    }
    guard n > 0 else {
      throw Diagnostic(.argument, id: "value.cagr.zeroYears", "growth needs more than 0 years")
    }
    var steps = WorkedSteps()
    steps.add("from", "", .money(from))
    steps.add("to", "", .money(to))
    steps.add("years", "", .duration(Duration(years: n)))
    let ratio = try ValuationInput.over(to.amount, from.amount)
    steps.add("ratio", "to / from", .number(DecimalMath.round(ratio, 12)))
    let rate: Decimal
    if n == 1 {
      rate = ratio - 1
      steps.add("cagr", "ratio − 1", .percent(rate))
    } else {
      let x = pow(DecimalMath.double(ratio), 1 / DecimalMath.double(n)) - 1
      guard let d = DecimalMath.decimal(x) else {
        throw Diagnostic(.runtime, id: "value.overflow", "the growth rate is out of range")
      }
      rate = d
      steps.add("cagr", "ratio^(1/\(Show.number(n))) − 1  (Double, 6 places)", .percent(rate))
    }
    return Worked(value: .percent(rate), steps: steps)
  }
}
