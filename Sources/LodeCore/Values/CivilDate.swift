/// Day arithmetic on the proleptic Gregorian calendar without Foundation's Calendar:
/// days since 1970-01-01, ISO weekdays and ISO weeks (Hinnant's civil-date algorithms).
public enum CivilDate {
  public static func days(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp + (mp < 10 ? 3 : -9)
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// ISO weekday: Monday 1 … Sunday 7.
  public static func weekday(_ z: Int) -> Int { ((z + 3) % 7 + 7) % 7 + 1 }

  public static func date(_ z: Int) -> DateValue {
    let c = civil(z)
    return DateValue(year: c.year, month: c.month, day: c.day)
  }

  /// The ISO week containing day `z`.
  public static func isoWeek(_ z: Int) -> DateValue {
    let thursday = z - weekday(z) + 4
    let y = civil(thursday).year
    let week = (thursday - days(y, 1, 1)) / 7 + 1
    return DateValue(year: y, week: week)
  }

  /// Day number of a day-precision date.
  public static func days(_ d: DateValue) -> Int? {
    guard d.precision == .day, let m = d.month, let day = d.day else { return nil }
    return days(d.year, m, day)
  }
}
