import Foundation
import LodeCore

/// `value generations`: a span of years expressed in human generations.
enum ValueGenerations {
  static let descriptor = CommandDescriptor(
    name: "value generations", module: "Valuation",
    summary: "How many generations a number of years spans",
    discussion: """
      Divides YEARS by the setting generation.years (default 25; demographers give \
      20–30 years, so `:set generation.years 30` for the long end). Exact decimal \
      division. YEARS may be a duration (300y), a plain number, or the years that \
      `value payback` yields (`let y = value payback …` then `value generations $y`).
      """,
    signature: Signature(
      [Parameter("years", .value(.duration), help: "a duration such as 250y")], input: .any,
      output: .number),
    examples: [
      Example(
        "Ten generations at 25 years", "value generations 250y",
        output: """
          step               formula                   value
          ─────────────────  ────────────────────────  ─────
          years                                         250y
          generation length  setting generation.years    25y
          generations        250 / 25                     10
          """),
      Example(
        "A plain number of years works too", "value generations 500",
        output: """
          step               formula                   value
          ─────────────────  ────────────────────────  ─────
          years                                         500y
          generation length  setting generation.years    25y
          generations        500 / 25                     20
          """),
    ],
    display: .steps(WorkedSteps.schema),
    run: Valuation.run(evaluate))

  /// `generations(…)`, derived from the command's declaration.
  static let function = Valuation.function(
    from: descriptor,
    examples: [Example("250 years in generations", "generations(250y)", output: "10")],
    evaluate: evaluate)

  @Sendable static func evaluate(_ a: ValuationArguments) throws(Diagnostic) -> Worked {
    try compute(years: try a.years("years", "the years"), generationYears: a.context.generationYears)
  }

  static func compute(years: Decimal, generationYears: Decimal) throws(Diagnostic) -> Worked {
    var steps = WorkedSteps()
    steps.add("years", "", .duration(Duration(years: years)))
    steps.add("generation length", "setting generation.years", .duration(Duration(years: generationYears)))
    let g = try ValuationInput.over(years, generationYears)
    steps.add("generations", "\(Show.number(years)) / \(Show.number(generationYears))", .number(g))
    return Worked(value: .number(g), steps: steps)
  }
}
