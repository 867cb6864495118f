import Foundation
import LodeCore

/// `value annuity`: the level yearly payment that repays a principal with interest.
enum ValueAnnuity {
  static let descriptor = CommandDescriptor(
    name: "value annuity", module: "Valuation",
    summary: "Yearly payment that repays a principal at a rate over some years",
    discussion: """
      The level end-of-year payment P × r / (1 − (1+r)^−n) (P / n at 0%). PRINCIPAL is \
      a sum; the payments fall at the end of each whole year, so the duration must be \
      whole years. Exact decimal powers (38 significant digits); only the shown answer is \
      rounded. The answer is a yearly flow (`$…/yr`) that `value payback` accepts.
      """,
    signature: Signature(
      [
        Parameter("principal", .value(.money), help: "the sum to repay"),
        Parameter("at", .keyword("at")),
        Parameter("rate", .value(.percent), help: "interest per year"),
        Parameter("for", .keyword("for")),
        Parameter("duration", .value(.duration), help: "over how many years"),
      ], input: .any, output: .money),
    examples: [
      Example(
        "$500bn repaid over 100 years at 3%", "value annuity 500bn at 3% for 100y",
        output: """
          step             formula                                   value
          ───────────────  ────────────────────────  ─────────────────────
          principal                                       $500,000,000,000
          rate                                                          3%
          years                                                       100y
          compound factor  (1 + 3%)^100                    19.218631980856
          yearly payment   P × r / (1 − (1 + r)^−n)  $15,823,332,949.24/yr
          total paid       payment × n               $1,582,333,294,924.46
          """),
      Example(
        "Without interest", "value annuity 500bn at 0% for 250y",
        output: """
          step            formula                  value
          ──────────────  ───────────  ─────────────────
          principal                     $500,000,000,000
          rate                                        0%
          years                                     250y
          yearly payment  P / n        $2,000,000,000/yr
          total paid      payment × n   $500,000,000,000
          """),
    ],
    display: .steps(WorkedSteps.schema),
    run: Valuation.run(evaluate))

  /// `annuity(…)`, derived from the command's declaration.
  static let function = Valuation.function(
    from: descriptor,
    examples: [
      Example(
        "the yearly payment repaying $500bn over 100 years at 3%", "annuity(500bn, 3%, 100y)",
        output: "$15,823,332,949.24/yr")
    ],
    evaluate: evaluate)

  @Sendable static func evaluate(_ a: ValuationArguments) throws(Diagnostic) -> Worked {
    let principal = try a.sum("principal", "the principal")
    let rate = try a.rate("rate", "the rate")
    let years = try a.years("duration", "the duration", whole: true)
    return try compute(principal: principal, rate: rate, years: years)
  }

  static func compute(principal: Money, rate r: Decimal, years n: Decimal) throws(Diagnostic) -> Worked {
    guard n > 0 else {
      throw Diagnostic(.argument, id: "value.annuity.zeroYears", "an annuity needs more than 0 years")
    }
    _ = try ValuationInput.sum(.money(principal), "the principal")
    _ = try ValuationInput.payments(n, "the duration")
    var steps = WorkedSteps()
    steps.add("principal", "", .money(principal))
    steps.add("rate", "", .percent(r))
    steps.add("years", "", .duration(Duration(years: n)))
    let payment: Decimal
    if r == 0 {
      payment = try ValuationInput.over(principal.amount, n)
      steps.add("yearly payment", "P / n", .money(Money(payment, principal.currency, perYear: true)))
    } else {
      let f = try Compounding.factor(rate: r, years: n, steps: &steps)
      payment = try ValuationInput.over(
        try ValuationInput.times(principal.amount, r), 1 - (try ValuationInput.over(1, f)))
      steps.add(
        "yearly payment", "P × r / (1 − (1 + r)^−n)",
        .money(Money(payment, principal.currency, perYear: true)))
    }
    let m = Money(try ValuationInput.checked(payment), principal.currency, perYear: true)
    steps.add("total paid", "payment × n", .money(Money(try ValuationInput.times(m.amount, n), m.currency)))
    return Worked(value: .money(m), steps: steps)
  }
}
