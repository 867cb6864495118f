import Foundation

/// A length of time: exact decimal years (`30y`, `6mo` = 0.5 years), and, when it was
/// written or counted in calendar units, that length in whole months or whole days.
///
/// Money arithmetic reads `years` (a day is 1/365 of a year, the actual/365 convention);
/// date arithmetic reads `calendar`, so `2025-01-31 + 1mo` is 2025-02-28 and
/// `2025-02-24 + 30d` is 2025-03-26 exactly. Two durations are equal when their years are.
public struct Duration: Sendable, Codable, Hashable {
  public enum Calendar: Hashable, Sendable, Codable {
    case months(Int)
    case days(Int)
  }

  public var years: Decimal
  public var calendar: Calendar?

  public init(years: Decimal) {
    self.years = years
    self.calendar = Duration.wholeMonths(years).map(Calendar.months)
  }

  /// Whole calendar months (`6mo`, `2y` = 24 months).
  public init(months: Int) {
    self.years = Decimal(months) / 12
    self.calendar = .months(months)
  }

  /// Whole days (`30d`, `2w` = 14 days, or the difference of two dates).
  public init(days: Int) {
    self.years = Decimal(days) / 365
    self.calendar = .days(days)
  }

  /// The months in `years` when they are a whole number of them.
  static func wholeMonths(_ years: Decimal) -> Int? {
    let months = years * 12
    guard !months.isNaN, months == months.rounded0, abs(months) <= 1_200_000 else { return nil }
    return NSDecimalNumber(decimal: months).intValue
  }

  public static func == (a: Duration, b: Duration) -> Bool { a.years == b.years }
  public func hash(into h: inout Hasher) { h.combine(years) }

  /// The sum (or difference) of two durations, keeping calendar units both share.
  public func adding(_ other: Duration, negate: Bool = false) -> Duration {
    let sign = negate ? -1 : 1
    switch (calendar, other.calendar) {
    case (.days(let a), .days(let b)): return Duration(days: a + sign * b)
    default: return Duration(years: negate ? years - other.years : years + other.years)
    }
  }

  /// The duration times a number, in days when it was days and the number is whole.
  public func scaled(by k: Decimal) -> Duration {
    if case .days(let n) = calendar, k == k.rounded0, abs(k) <= 1_000_000 {
      return Duration(days: n * NSDecimalNumber(decimal: k).intValue)
    }
    return Duration(years: years * k)
  }
}
