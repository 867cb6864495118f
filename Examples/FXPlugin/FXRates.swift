import Foundation

/// The currency table behind the `fx` plugin: USD per unit, from settings or built in.
///
/// The built-in rates are approximate end-of-June-2025 reference rates, for illustration;
/// an analyst sets exact ones with `:set fx.EUR 1.1787`, and settings always win.
struct FXRates {
  struct Rate {
    var currency: String
    var name: String
    var usdPerUnit: Decimal
    var source: String
  }

  static let asOf = "2025-06-30"

  static let builtIn: [(String, String, String)] = [
    ("USD", "US dollar", "1"),
    ("EUR", "euro", "1.1787"),
    ("GBP", "pound sterling", "1.3731"),
    ("UAH", "Ukrainian hryvnia", "0.02399"),
    ("CHF", "Swiss franc", "1.2594"),
    ("PLN", "Polish złoty", "0.2770"),
    ("JPY", "Japanese yen", "0.006937"),
    ("CNY", "Chinese yuan", "0.1396"),
  ]

  let rates: [Rate]

  /// The built-in table overlaid with `fx.CUR` settings (which may add currencies).
  init(settings: [String: String]) {
    var list: [Rate] = FXRates.builtIn.map { code, name, text in
      Rate(
        currency: code, name: name, usdPerUnit: Decimal(string: text) ?? 0,
        source: "built-in \(FXRates.asOf), approximate")
    }
    for (key, text) in settings.sorted(by: { $0.key < $1.key }) where key.hasPrefix("fx.") {
      let code = String(key.dropFirst(3)).uppercased()
      guard let d = Decimal(string: text), d > 0 else { continue }
      let rate = Rate(currency: code, name: "", usdPerUnit: d, source: "setting \(key)")
      if let i = list.firstIndex(where: { $0.currency == code }) {
        list[i].usdPerUnit = d
        list[i].source = rate.source
      } else {
        list.append(rate)
      }
    }
    rates = list
  }

  func rate(_ currency: String) -> Rate? {
    rates.first { $0.currency == currency.uppercased() }
  }

  /// `amount` of `from` in `to`, rounded to cents (half away from zero).
  static func convert(_ amount: Decimal, from: Decimal, to: Decimal) -> Decimal {
    var exact = amount * from / to
    var rounded = Decimal()
    NSDecimalRound(&rounded, &exact, 2, .plain)
    return rounded
  }
}
