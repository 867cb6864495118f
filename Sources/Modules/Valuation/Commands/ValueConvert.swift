import Foundation
import LodeCore

/// `value convert`: money from one currency to another at the rates the user set.
enum ValueConvert {
  static let currencies = ["USD", "EUR", "GBP", "UAH", "JPY", "RUB", "CNY", "CHF", "PLN"]

  static let descriptor = CommandDescriptor(
    name: "value convert", module: "Valuation",
    summary: "Convert money to another currency at the rates you set",
    discussion: """
      Rates are settings: `:set fx.EUR 1.08` means one euro buys 1.08 US dollars. \
      Conversion goes through USD (amount × rate of its currency ÷ rate of the target), \
      in exact decimal arithmetic, and the steps print the rates used. A missing rate is \
      an error that says which `:set` to type. Yearly flows stay yearly.
      """,
    signature: Signature(
      [
        Parameter("amount", .value(.money), help: "the money to convert"),
        Parameter("to", .keyword("to")),
        Parameter("currency", .word, help: "ISO 4217 code, e.g. EUR", completion: .words(currencies)),
      ], input: .any, output: .money),
    examples: [
      Example("A figure in euros (after :set fx.EUR 1.08)", "value convert 500bn to EUR")
    ],
    display: .steps(WorkedSteps.schema),
    run: Valuation.run(evaluate))

  /// `convert(…)`, derived from the command's declaration.
  static let function = Valuation.function(
    from: descriptor,
    examples: [Example("$500bn in euros at the rate set with :set fx.EUR", "convert(500bn, \"EUR\")")],
    evaluate: evaluate)

  @Sendable static func evaluate(_ a: ValuationArguments) throws(Diagnostic) -> Worked {
    let amount = try a.money("amount", "the amount")
    // The currency's problems (no such code, no rate) are about the currency argument.
    return try a.read("currency") { v throws(Diagnostic) in
      try compute(amount: amount, to: (v?.stringValue ?? "").uppercased(), settings: a.context.settings)
    }
  }

  static func compute(
    amount: Money, to target: String, settings: Settings
  ) throws(Diagnostic)
    -> Worked
  {
    guard target.count == 3, target.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      throw Diagnostic(
        .argument, id: "value.convert.badCurrency", "`\(target)` is not an ISO 4217 currency code",
        hint: "e.g. value convert 500bn to EUR", suggestions: Suggest.closest(to: target, in: currencies))
    }
    var steps = WorkedSteps()
    steps.add("amount", "", .money(amount))
    guard let from = settings.rate(amount.currency) else { throw missing(amount.currency) }
    guard let to = settings.rate(target) else { throw missing(target) }
    if amount.currency != "USD" {
      steps.add("rate", "fx.\(amount.currency): USD per 1 \(amount.currency)", .number(from))
    }
    if target != "USD" { steps.add("rate", "fx.\(target): USD per 1 \(target)", .number(to)) }
    let result = Money(
      try ValuationInput.over(try ValuationInput.times(amount.amount, from), to), target, perYear: amount.perYear)
    steps.add("converted", "\(Show.money(amount)) × \(Value.plain(from)) / \(Value.plain(to))", .money(result))
    return Worked(value: .money(result), steps: steps)
  }

  private static func missing(_ code: String) -> Diagnostic {
    Diagnostic(
      .argument, id: "value.convert.noRate", "no exchange rate set for \(code)",
      hint: code == "EUR"
        ? ":set fx.EUR 1.08  (USD per one EUR)" : ":set fx.\(code) RATE  (USD per one \(code), e.g. :set fx.EUR 1.08)")
  }
}
