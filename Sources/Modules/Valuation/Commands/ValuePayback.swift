import Foundation
import LodeCore

/// `value payback`: how long a yearly payment takes to repay a principal, and in how
/// many generations — the seed's "paid off by ten generations" question in one line.
enum ValuePayback {
  static let descriptor = CommandDescriptor(
    name: "value payback", module: "Valuation",
    summary: "Years (and generations) for a yearly payment to repay a principal",
    discussion: """
      Without growth or discount the answer is exact: PRINCIPAL ÷ YEARLY. With \
      --growth (the payment grows each year) and/or --discount (later payments are worth \
      less), the years solve PRINCIPAL = Σ YEARLY·(1+g)^(t−1)/(1+r)^t, i.e. \
      years = ln K / ln((1+g)/(1+r)) with K = 1 − PRINCIPAL·(r−g)/YEARLY. Both logarithms \
      are summed as decimal series (about 34 significant digits) and the years rounded \
      to 6 decimal places; the "repaid in year" step is checked by summing the payments \
      in 38-digit decimal arithmetic. Generations use the setting generation.years \
      (default 25; `:set generation.years 30`). PRINCIPAL must be a sum and YEARLY a \
      yearly flow (`1bn/yr`); neither is relabelled. A payment that never covers the \
      principal (zero, shrinking too fast, or discounted below it) answers \
      "never repaid" with a null value instead of failing; when all the payments together \
      are worth exactly the principal (K = 0) they reach it only in the limit, which the \
      answer says. The answer that flows on is the number of years as a duration.
      """,
    signature: Signature(
      [
        Parameter("principal", .value(.money), help: "the sum to repay, e.g. 500bn"),
        Parameter("at", .keyword("at")),
        Parameter("yearly", .value(.money), help: "the yearly payment, e.g. 50% of 2bn/yr"),
      ],
      flags: [
        Flag("growth", value: .percent, help: "yearly growth of the payment, e.g. 3%"),
        Flag("discount", value: .percent, help: "discount rate applied to later payments"),
      ], input: .any, output: .duration),
    examples: [
      Example(
        "The seed's question: $500bn from half of $2bn a year", "value payback 500bn at 50% of 2bn/yr",
        output: """
          step            formula                                  value
          ──────────────  ───────────────────────────  ─────────────────
          principal                                     $500,000,000,000
          yearly payment                               $1,000,000,000/yr
          years           $500bn / $1bn/yr                          500y
          generations     500 / 25 (generation.years)                 20
          """),
      Example(
        "The same with revenue growing 3% a year", "value payback 500bn at 1bn/yr --growth 3%",
        output: """
          step            formula                                                         value
          ──────────────  ──────────────────────────────────────────────────  ─────────────────
          principal                                                            $500,000,000,000
          yearly payment                                                      $1,000,000,000/yr
          growth          payment grows each year                                            3%
          K               1 − principal × (r − g) / payment                                  16
          years           ln K / ln((1 + g) / (1 + r))  (6 places)                   93.799089y
          repaid in year  first year the running total reaches the principal                 94
          generations     93.799089 / 25 (generation.years)                            3.751964
          """),
      Example(
        "Discounted at 5%: never repaid", "value payback 500bn at 1bn/yr --discount 5%",
        output: """
          step            formula                                                            value
          ──────────────  ─────────────────────────────────────────────────────────────────  ─────────────────
          principal                                                                          $500,000,000,000
          yearly payment                                                                     $1,000,000,000/yr
          discount        later payments are worth less                                      5%
          K               1 − principal × (r − g) / payment                                  -24
          years           all the payments together are worth $20bn today, less than the p…  never repaid
          never repaid: all the payments together are worth $20bn today, less than the principal
          """),
    ],
    display: .steps(WorkedSteps.schema),
    run: Valuation.run(evaluate))

  /// `payback(…)`, derived from the command's declaration.
  static let function = Valuation.function(
    from: descriptor,
    examples: [Example("years for $1bn a year to repay $500bn", "payback(500bn, 1bn/yr)", output: "500y")],
    evaluate: evaluate)

  @Sendable static func evaluate(_ a: ValuationArguments) throws(Diagnostic) -> Worked {
    let principal = try a.sum("principal", "the principal")
    let yearly = try a.flow("yearly", "the yearly payment")
    let growth = try a.optionalRate("growth", "--growth", allowNegative: true)
    let discount = try a.optionalRate("discount", "--discount")
    try ValuationInput.sameCurrency(principal, yearly)
    guard principal.amount > 0 else {
      throw a.error(
        Diagnostic(.argument, id: "value.payback.principal", "the principal must be positive"), at: "principal")
    }
    return try compute(
      principal: principal, yearly: yearly, growth: growth, discount: discount,
      generationYears: a.context.generationYears)
  }

  /// The computation, once the arguments are read and checked.
  static func compute(
    principal: Money, yearly: Money, growth: Decimal?, discount: Decimal?,
    generationYears: Decimal
  ) throws(Diagnostic) -> Worked {
    let stock = try ValuationInput.sum(.money(principal), "the principal")
    let flow = try ValuationInput.flow(.money(yearly), "the yearly payment")
    var steps = WorkedSteps()
    steps.add("principal", "", .money(stock))
    steps.add("yearly payment", "", .money(flow))
    let g = growth ?? 0
    let r = discount ?? 0
    if let growth { steps.add("growth", "payment grows each year", .percent(growth)) }
    if let discount { steps.add("discount", "later payments are worth less", .percent(discount)) }

    func never(_ why: String) -> Worked {
      steps.add("years", why, .string("never repaid"))
      return Worked(value: .null, steps: steps, notes: ["never repaid: \(why)"])
    }
    guard flow.amount > 0 else { return never("the yearly payment is not positive") }

    let years: Decimal
    let exact: Bool
    if g == r {
      years = try ValuationInput.over(try ValuationInput.times(stock.amount, 1 + r), flow.amount)
      exact = true
      steps.add(
        "years",
        r == 0
          ? "\(Show.money(stock)) / \(Show.money(flow))"
          : "\(Show.money(stock)) × (1 + \(Show.percent(r))) / \(Show.money(flow))",
        .duration(Duration(years: years)))
    } else {
      let k = 1 - (try ValuationInput.over(try ValuationInput.times(stock.amount, r - g), flow.amount))
      steps.add("K", "1 − principal × (r − g) / payment", .number(DecimalMath.round(k, 12)))
      let total = Show.money(Money(try ValuationInput.over(flow.amount, r - g), flow.currency))
      if k == 0 {
        let worth = r > 0 ? "are worth exactly \(total) today" : "add up to exactly \(total)"
        return never(
          "all the payments together \(worth), the principal, reached only in the limit: "
            + "no finite number of years repays it")
      }
      guard k > 0 else {
        return never(
          r > 0
            ? "all the payments together are worth \(total) today, less than the principal"
            : "the shrinking payments add up to at most \(total), less than the principal")
      }
      let q = try ValuationInput.over(1 + g, 1 + r)
      guard let lk = DecimalLog.ln(k), let lq = DecimalLog.ln(q), lq != 0 else {
        return never("the payments never add up to the principal")
      }
      let d = DecimalMath.round(try ValuationInput.over(lk, lq), DecimalMath.approxPlaces)
      guard d > 0 else { return never("the payments never add up to the principal") }
      years = d
      exact = false
      steps.add("years", "ln K / ln((1 + g) / (1 + r))  (6 places)", .duration(Duration(years: d)))
    }
    if !exact || years != years.rounded0 {
      if let whole = wholeYears(principal: stock.amount, first: flow.amount, g: g, r: r) {
        steps.add("repaid in year", "first year the running total reaches the principal", .int(whole))
      }
    }
    let generations = try ValuationInput.over(years, generationYears)
    steps.add(
      "generations", "\(Show.number(years)) / \(Show.number(generationYears)) (generation.years)",
      .number(DecimalMath.round(generations, exact ? 12 : DecimalMath.approxPlaces)))
    return Worked(value: .duration(Duration(years: years)), steps: steps)
  }

  /// The first whole year in which the (discounted) running total reaches the principal,
  /// summed in decimal arithmetic; nil beyond 100000 years.
  static func wholeYears(principal: Decimal, first: Decimal, g: Decimal, r: Decimal) -> Int? {
    guard var payment = try? CheckedDecimal.divide(first, 1 + r),
      let q = try? CheckedDecimal.divide(1 + g, 1 + r)
    else { return nil }
    var total: Decimal = 0
    for year in 1...100_000 {
      total += payment
      if total >= principal { return year }
      guard let next = try? CheckedDecimal.multiply(payment, q), !total.isNaN else { return nil }
      payment = next
    }
    return nil
  }
}
