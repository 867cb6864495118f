/// Calendar arithmetic on dates, as ISO 8601 and java.time define it: adding months keeps
/// the day and clamps it to the month's end (2025-01-31 + 1 month = 2025-02-28); adding days
/// counts days of the proleptic Gregorian calendar.
extension DateValue {
  /// Days since 1970-01-01 of a date with a day (`CivilDate.days`).
  public var dayNumber: Int? {
    guard let month, let day else { return nil }
    return CivilDate.days(year, month, day)
  }

  /// The date of a day number (`CivilDate.civil`), or nil outside years 1–9999.
  public init?(dayNumber z: Int) {
    guard abs(z) < 4_000_000 else { return nil }
    let c = CivilDate.civil(z)
    guard (1...9999).contains(c.year) else { return nil }
    self.init(year: c.year, month: c.month, day: c.day)
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
