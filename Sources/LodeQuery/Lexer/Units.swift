import Foundation
import LodeCore

/// The words and symbols the lexer reads as money scales, currencies and durations.
///
/// Kept in one table so the lexer, the printer and docs/language.md agree.
enum Units {
  /// Scales written right after a number (`500bn`, `1.2m`, `3k`).
  static let suffixScales: [String: Decimal] = [
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
    "t": 1_000_000_000_000, "tn": 1_000_000_000_000,
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
  ]

  /// Scales that may follow a number after a space (`500 billion`, `2 bn`).
  static let spacedScales: [String: Decimal] = [
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
  ]

  /// ISO codes recognised before or after an amount (`UAH 40bn`, `1bn USD`).
  static let codes: Set<String> = [
    "USD", "EUR", "GBP", "UAH", "JPY", "CNY", "RUB", "CHF", "CAD", "AUD", "PLN",
  ]

  /// Currency words after an amount (`350 billion dollars`).
  static let currencyWords: [String: String] = [
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "hryvnia": "UAH",
    "hryvnias": "UAH", "hryvnas": "UAH", "pound": "GBP", "pounds": "GBP",
  ]

  /// Currency symbols written before an amount (`$500bn`, `€1.2m`). A list, not a
  /// dictionary: the first `[Character: …]` of a run costs a scan of every protocol
  /// conformance in the binary (~0.37M instructions, a visible share of `lode -c`).
  static let symbols: [(symbol: Unicode.Scalar, code: String)] = [
    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₴", "UAH"), ("¥", "JPY"),
  ]

  /// The currency a symbol before an amount names (`$` → USD).
  static func currency(symbol: Unicode.Scalar) -> String? {
    symbols.first { $0.symbol == symbol }?.code
  }

  /// Duration units in calendar terms (`30y`, `6mo`, `30 years`, `2w`, `30d`): months for
  /// years and months, days for weeks and days.
  static let durations: [String: Duration.Calendar] = [
    "y": .months(12), "yr": .months(12), "yrs": .months(12), "year": .months(12),
    "years": .months(12), "mo": .months(1), "month": .months(1), "months": .months(1),
    "w": .days(7), "wk": .days(7), "week": .days(7), "weeks": .days(7),
    "d": .days(1), "day": .days(1), "days": .days(1),
  ]

  /// `amount` of a duration unit: whole months or days when the amount is whole, else years.
  static func duration(_ amount: Decimal, _ unit: Duration.Calendar) -> Duration {
    let whole = amount == amount.rounded0 && abs(amount) <= 1_000_000
    let count = whole ? NSDecimalNumber(decimal: amount).intValue : 0
    switch unit {
    case .months(let m): return whole ? Duration(months: count * m) : Duration(years: amount * Decimal(m) / 12)
    case .days(let d): return whole ? Duration(days: count * d) : Duration(years: amount * Decimal(d) / 365)
    }
  }

  /// The currency an amount's trailing word names, if it names one.
  static func currency(_ word: String) -> String? {
    if codes.contains(word.uppercased()) { return word.uppercased() }
    return currencyWords[word.lowercased()]
  }
}
