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

  /// The most days a duration counts in days (2^52, far past any date); a longer one is
  /// kept in years only, so day arithmetic never overflows `Int`.
  public static let maxDays = 1 << 52

  /// Whole days when `n` is within `maxDays`.
  static func days(_ n: Int, overflow: Bool) -> Duration? {
    overflow || abs(n) > maxDays ? nil : Duration(days: n)
  }

  /// The sum (or difference) of two durations, keeping calendar units both share.
  public func adding(_ other: Duration, negate: Bool = false) throws(DecimalRangeError) -> Duration {
    if case .days(let a)? = calendar, case .days(let b)? = other.calendar {
      let (r, o) = negate ? a.subtractingReportingOverflow(b) : a.addingReportingOverflow(b)
      if let d = Duration.days(r, overflow: o) { return d }
    }
    return Duration(
      years: negate
        ? try CheckedDecimal.subtract(years, other.years) : try CheckedDecimal.add(years, other.years))
  }

  /// The duration times a number, in days when it was days and the number is whole.
  public func scaled(by k: Decimal) throws(DecimalRangeError) -> Duration {
    if case .days(let n) = calendar, k == k.rounded0, abs(k) <= 1_000_000 {
      let (r, o) = n.multipliedReportingOverflow(by: NSDecimalNumber(decimal: k).intValue)
      if let d = Duration.days(r, overflow: o) { return d }
    }
    return Duration(years: try CheckedDecimal.multiply(years, k))
  }
}
