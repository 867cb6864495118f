import Foundation
import LodeCore

/// `value pv`: what a future sum, or a yearly flow, is worth today at a discount rate.
enum ValuePresent {
  static let descriptor = CommandDescriptor(
    name: "value pv", module: "Valuation",
    summary: "Present value of a future sum or of a yearly flow",
    discussion: """
      A single sum: PV = AMOUNT / (1+r)^n. A yearly flow (`10bn/yr`): the value today of \
      n end-of-year payments, PV = C × (1 − (1+r)^−n) / r. Whole years use exact decimal \
      powers; a fractional number of years (6mo, 2.5y) takes the fraction as \
      exp(f · ln(1+r)) summed in decimal. Every step keeps 38 significant digits and only \
      the shown answer is rounded (to the cent). A yearly flow is paid at the end of each \
      whole year, so it needs a whole number of years. Rates must not be negative.
      """,
    signature: Signature(
      [
        Parameter("amount", .value(.money), help: "a sum (500bn) or a yearly flow (10bn/yr)"),
        Parameter("at", .keyword("at")),
        Parameter("rate", .value(.percent), help: "discount rate per year"),
        Parameter("for", .keyword("for")),
        Parameter("duration", .value(.duration), help: "how many years, e.g. 30y"),
      ], input: .any, output: .money),
    examples: [
      Example(
        "$500bn due in 30 years, at 8%", "value pv 500bn at 8% for 30y",
        output: """
          step             formula                          value
          ───────────────  ──────────────────  ──────────────────
          future amount                          $500,000,000,000
          rate                                                 8%
          years                                               30y
          compound factor  (1 + 8%)^30            10.062656889073
          present value    $500bn / (1 + r)^n  $49,688,666,274.90
          """),
      Example(
        "$10bn a year for 30 years, at 8%", "value pv 10bn/yr at 8% for 30y",
        output: """
          step             formula                             value
          ───────────────  ────────────────────  ───────────────────
          yearly flow                             $10,000,000,000/yr
          rate                                                    8%
          years                                                  30y
          compound factor  (1 + 8%)^30               10.062656889073
          annuity factor   (1 − (1 + r)^−n) / r      11.257783343127
          present value    C × annuity factor    $112,577,833,431.27
          """),
    ],
    display: .steps(WorkedSteps.schema),
    run: Valuation.run(evaluate))

  /// `pv(…)`, derived from the command's declaration.
  static let function = Valuation.function(
    from: descriptor,
    examples: [
      Example("$500bn due in 30 years, valued today at 8%", "pv(500bn, 8%, 30y)", output: "$49,688,666,274.90")
    ],
    evaluate: evaluate)

  @Sendable static func evaluate(_ a: ValuationArguments) throws(Diagnostic) -> Worked {
    let (amount, rate, years) = try a.compounding()
    return try compute(amount: amount, rate: rate, years: years)
  }

  static func compute(amount: Money, rate: Decimal, years: Decimal) throws(Diagnostic) -> Worked {
    if amount.perYear {
      var worked = try ValueNPV.compute(rate: rate, flow: amount, years: years, growth: nil)
      worked.steps.renameLast("present value")
      return worked
    }
    var steps = WorkedSteps()
    steps.add("future amount", "", .money(amount))
    steps.add("rate", "", .percent(rate))
    steps.add("years", "", .duration(Duration(years: years)))
    let factor = try Compounding.factor(rate: rate, years: years, steps: &steps)
    let pv = Money(try ValuationInput.over(amount.amount, factor), amount.currency)
    steps.add("present value", "\(Show.money(amount)) / (1 + r)^n", .money(pv))
    return Worked(value: .money(pv), steps: steps)
  }
}

/// The compounding factor (1+r)^n shared by pv, fv, npv and annuity, with its step.
enum Compounding {
  static func factor(
    rate: Decimal, years: Decimal, steps: inout WorkedSteps
  ) throws(Diagnostic)
    -> Decimal
  {
    guard let (f, exact) = DecimalMath.power(1 + rate, real: years) else {
      throw Diagnostic(.runtime, id: "value.overflow", "(1 + rate)^years is too large to compute")
    }
    let formula = "(1 + \(Show.percent(rate)))^\(Show.number(years))" + (exact ? "" : "  (decimal series)")
    steps.add("compound factor", formula, .number(DecimalMath.round(f, 12)))
    return try ValuationInput.checked(f)
  }
}
