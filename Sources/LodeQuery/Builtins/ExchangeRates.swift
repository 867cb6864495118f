import FoundationEssentials
import LodeCore

/// The `fx.CUR` settings: exchange rates in USD per one CUR (`:set fx.EUR 1.08`), read
/// wherever money of two currencies meets (arithmetic, comparison, `value convert`).
public enum ExchangeRates {
  public static let spec = Settings.Spec.family(
    "fx.", .number, "USD per one unit of a currency", examples: ["fx.EUR", "fx.GBP", "fx.UAH"]
  ) { code, raw throws(Diagnostic) in
    guard code.count == 3, code.allSatisfy({ $0.isLetter && $0.isASCII }) else {
      throw Diagnostic(
        .argument, id: "settings.fx.badCurrency",
        "`\(code)` is not an ISO 4217 currency code", hint: "e.g. :set fx.EUR 1.08")
    }
    guard let d = try? CheckedDecimal.parse(raw), d > 0 else {
      throw Diagnostic(
        .argument, id: "settings.fx.badRate", "a rate must be a positive number, got `\(raw)`",
        hint: "fx.\(code.uppercased()) is how many USD one \(code.uppercased()) buys")
    }
    return ("fx.\(code.uppercased())", Value.plain(d))
  }
}
