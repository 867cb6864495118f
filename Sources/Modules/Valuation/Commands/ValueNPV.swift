import Foundation
import LodeCore

/// `value npv`: the value today of a yearly cash-flow stream, optionally growing.
enum ValueNPV {
  static let descriptor = CommandDescriptor(
    name: "value npv", module: "Valuation",
    summary: "Net present value of a yearly flow over some years",
    discussion: """
      Discounts n end-of-year payments at RATE: NPV = C × (1 − (1+r)^−n) / r, or with \
      --growth g, NPV = C / (r − g) × (1 − ((1+g)/(1+r))^n) (C × n / (1+r) when g = r). \
      FLOW must be a yearly flow (`10bn/yr`): a single sum (`10bn`) is refused, not \
      taken as yearly. The payments fall at the end of each whole year, so the duration \
      must be whole years. Exact decimal powers (38 significant digits); only the shown \
      answer is rounded. Subtract an up-front cost (a sum) with --cost. Rates must not be \
      negative.
      """,
    signature: Signature(
      [
        Parameter("rate", .value(.percent), help: "discount rate per year"),
        Parameter("flow", .value(.money), help: "the yearly flow, e.g. 10bn/yr"),
        Parameter("for", .keyword("for")),
        Parameter("duration", .value(.duration), help: "how many years, e.g. 30y"),
      ],
      flags: [
        Flag("growth", value: .percent, help: "yearly growth of the flow"),
        Flag("cost", value: .money, help: "an up-front cost subtracted at year 0"),
      ], input: .any, output: .money),
    examples: [
      Example(
        "$10bn a year for 30 years at 8%", "value npv 8% 10bn/yr for 30y",
        output: """
          step             formula                             value
          ───────────────  ────────────────────  ───────────────────
          yearly flow                             $10,000,000,000/yr
          rate                                                    8%
          years                                                  30y
          compound factor  (1 + 8%)^30               10.062656889073
          annuity factor   (1 − (1 + r)^−n) / r      11.257783343127
          npv              C × annuity factor    $112,577,833,431.27
          """),
      Example(
        "The same flow growing 2% a year", "value npv 8% 10bn/yr for 30y --growth 2%",
        output: """
          step         formula                                    value
          ───────────  ───────────────────────────  ───────────────────
          yearly flow                                $10,000,000,000/yr
          rate                                                       8%
          growth                                                     2%
          years                                                     30y
          ratio^n      ((1 + g) / (1 + r))^30            0.180008282511
          npv          C / (r − g) × (1 − ratio^n)  $136,665,286,248.10
          """),
    ],
    display: .steps(WorkedSteps.schema),
    run: Valuation.run(evaluate))

  /// `npv(…)`, derived from the command's declaration.
  static let function = Valuation.function(
    from: descriptor,
    examples: [Example("$10bn a year for 30 years at 8%", "npv(8%, 10bn/yr, 30y)", output: "$112,577,833,431.27")],
    evaluate: evaluate)

  @Sendable static func evaluate(_ a: ValuationArguments) throws(Diagnostic) -> Worked {
    let rate = try a.rate("rate", "the rate")
    let flow = try a.flow("flow", "the flow")
    let years = try a.years("duration", "the duration", whole: true)
    let growth = try a.optionalRate("growth", "--growth", allowNegative: true)
    let cost = try a.read("cost") { v throws(Diagnostic) in
      try v.map { v throws(Diagnostic) in try ValuationInput.sum(v, "--cost") }
    }
    var w = try compute(rate: rate, flow: flow, years: years, growth: growth)
    if let cost, case .money(let m) = w.value {
      try ValuationInput.sameCurrency(m, cost)
      let net = Money(m.amount - cost.amount, m.currency)
      w.steps.add("net of cost", "\(Show.money(m)) − \(Show.money(cost))", .money(net))
      w.value = .money(net)
    }
    return w
  }

  static func compute(
    rate r: Decimal, flow: Money, years n: Decimal, growth: Decimal?
  ) throws(Diagnostic)
    -> Worked
  {
    let c = try ValuationInput.flow(.money(flow), "the flow")
    _ = try ValuationInput.payments(n, "the duration")
    var steps = WorkedSteps()
    steps.add("yearly flow", "", .money(c))
    steps.add("rate", "", .percent(r))
    if let growth { steps.add("growth", "", .percent(growth)) }
    steps.add("years", "", .duration(Duration(years: n)))
    let g = growth ?? 0
    let value: Decimal
    if g == r {
      value = try ValuationInput.over(try ValuationInput.times(c.amount, n), 1 + r)
      steps.add("npv", "C × n / (1 + r)", .money(Money(value, c.currency)))
    } else if g == 0 {
      let f = try Compounding.factor(rate: r, years: n, steps: &steps)
      let annuity = try ValuationInput.over(1 - (try ValuationInput.over(1, f)), r)
      steps.add("annuity factor", "(1 − (1 + r)^−n) / r", .number(DecimalMath.round(annuity, 12)))
      value = try ValuationInput.times(c.amount, annuity)
      steps.add("npv", "C × annuity factor", .money(Money(value, c.currency)))
    } else {
      let q = try ValuationInput.over(1 + g, 1 + r)
      guard let (qn, exact) = DecimalMath.power(q, real: n) else {
        throw Diagnostic(.runtime, id: "value.overflow", "((1+g)/(1+r))^n is too large to compute")
      }
      steps.add(
        "ratio^n", "((1 + g) / (1 + r))^\(Show.number(n))" + (exact ? "" : "  (decimal series)"),
        .number(DecimalMath.round(qn, 12)))
      value = try ValuationInput.times(try ValuationInput.over(c.amount, r - g), 1 - qn)
      steps.add("npv", "C / (r − g) × (1 − ratio^n)", .money(Money(value, c.currency)))
    }
    let result = Money(try ValuationInput.checked(value), c.currency)
    return Worked(value: .money(result), steps: steps)
  }
}
