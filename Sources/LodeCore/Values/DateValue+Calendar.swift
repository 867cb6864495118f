/// Calendar arithmetic on dates, as ISO 8601 and java.time define it: adding months keeps
/// the day and clamps it to the month's end (2025-01-31 + 1 month = 2025-02-28); adding days
/// counts days of the proleptic Gregorian calendar.
extension DateValue {
  /// Days since 1970-01-01 of a date with a day (Howard Hinnant's days_from_civil).
  public var dayNumber: Int? {
    guard let month, let day else { return nil }
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date of a day number (civil_from_days), or nil outside years 1–9999.
  public init?(dayNumber z0: Int) {
    guard abs(z0) < 4_000_000 else { return nil }
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    guard (1...9999).contains(year) else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The date `days` later (earlier when negative); nil without a day or out of range.
  public func adding(days: Int) -> DateValue? {
    guard let n = dayNumber else { return nil }
    return DateValue(dayNumber: n + days)
  }

  /// The date `months` later at the same precision (day clamped to the month's end); nil
  /// when the date has no month (a year moves only by whole years) or leaves years 1–9999.
  public func adding(months: Int) -> DateValue? {
    if precision == .year, month == nil {
      guard months % 12 == 0 else { return nil }
      let y = year + months / 12
      return (1...9999).contains(y) ? DateValue(year: y) : nil
    }
    guard let month, week == nil else { return nil }
    let total = year * 12 + (month - 1) + months
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    guard (1...9999).contains(y) else { return nil }
    guard let day else { return DateValue(year: y, month: m) }
    return DateValue(year: y, month: m, day: min(day, DateValue.daysIn(month: m, year: y)))
  }
}
