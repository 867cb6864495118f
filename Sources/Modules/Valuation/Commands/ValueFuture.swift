import Foundation
import LodeCore

/// `value fv`: what a sum, or a yearly flow, grows to at a rate over some years.
enum ValueFuture {
  static let descriptor = CommandDescriptor(
    name: "value fv", module: "Valuation",
    summary: "Future value of a sum or of a yearly flow",
    discussion: """
      A single sum: FV = AMOUNT × (1+r)^n. A yearly flow: the total of n end-of-year \
      payments with interest, FV = C × ((1+r)^n − 1) / r (C × n at 0%). Whole years use \
      exact decimal powers; a fractional number of years (6mo, 2.5y) takes the fraction \
      as exp(f · ln(1+r)) summed in decimal. Every step keeps 38 significant digits and \
      only the shown answer is rounded (to the cent). A yearly flow is paid at the end of \
      each whole year, so it needs a whole number of years.
      """,
    signature: Signature(
      [
        Parameter("amount", .value(.money), help: "a sum or a yearly flow"),
        Parameter("at", .keyword("at")),
        Parameter("rate", .value(.percent), help: "interest or growth per year"),
        Parameter("for", .keyword("for")),
        Parameter("duration", .value(.duration), help: "how many years"),
      ], input: .any, output: .money),
    examples: [
      Example(
        "$174bn compounding at 4% for 10 years", "value fv 174bn at 4% for 10y",
        output: """
          step             formula                           value
          ───────────────  ──────────────────  ───────────────────
          amount                                  $174,000,000,000
          rate                                                  4%
          years                                                10y
          compound factor  (1 + 4%)^10              1.480244284918
          future value     $174bn × (1 + r)^n  $257,562,505,575.79
          """),
      Example(
        "Half a year: the fraction in decimal, to the cent", "value fv 174bn at 4% for 6mo",
        output: """
          step             formula                                       value
          ───────────────  ──────────────────────────────  ───────────────────
          amount                                              $174,000,000,000
          rate                                                              4%
          years                                                           0.5y
          compound factor  (1 + 4%)^0.5  (decimal series)       1.019803902719
          future value     $174bn × (1 + r)^n              $177,445,879,073.03
          """),
      Example(
        "Saving $1bn a year for 20 years at 5%", "value fv 1bn/yr at 5% for 20y",
        output: """
          step             formula                               value
          ───────────────  ───────────────────────  ──────────────────
          yearly payment                             $1,000,000,000/yr
          rate                                                      5%
          years                                                    20y
          compound factor  (1 + 5%)^20                  2.653297705144
          future value     C × ((1 + r)^n − 1) / r  $33,065,954,102.89
          """),
    ],
    display: .steps(WorkedSteps.schema),
    run: Valuation.run(evaluate))

  /// `fv(…)`, derived from the command's declaration.
  static let function = Valuation.function(
    from: descriptor,
    examples: [Example("$174bn after 10 years at 4%", "fv(174bn, 4%, 10y)", output: "$257,562,505,575.79")],
    evaluate: evaluate)

  @Sendable static func evaluate(_ a: ValuationArguments) throws(Diagnostic) -> Worked {
    let (amount, rate, years) = try a.compounding()
    return try compute(amount: amount, rate: rate, years: years)
  }

  static func compute(amount: Money, rate: Decimal, years: Decimal) throws(Diagnostic) -> Worked {
    if amount.perYear { _ = try ValuationInput.payments(years, "the duration") }
    var steps = WorkedSteps()
    steps.add(amount.perYear ? "yearly payment" : "amount", "", .money(amount))
    steps.add("rate", "", .percent(rate))
    steps.add("years", "", .duration(Duration(years: years)))
    let result: Decimal
    let formula: String
    if amount.perYear && rate == 0 {
      result = try ValuationInput.times(amount.amount, years)
      formula = "C × n"
    } else {
      let f = try Compounding.factor(rate: rate, years: years, steps: &steps)
      if amount.perYear {
        result = try ValuationInput.over(try ValuationInput.times(amount.amount, f - 1), rate)
        formula = "C × ((1 + r)^n − 1) / r"
      } else {
        result = try ValuationInput.times(amount.amount, f)
        formula = "\(Show.money(amount)) × (1 + r)^n"
      }
    }
    let fv = Money(try ValuationInput.checked(result), amount.currency)
    steps.add("future value", formula, .money(fv))
    return Worked(value: .money(fv), steps: steps)
  }
}
