extension DateValue {
  /// The first day the date could denote: a week's Monday, a quarter's or half's first day,
  /// a season's first month (meteorological: March, June, September, December), a decade's
  /// or century's first year; a fiscal year sorts at its calendar year (fiscal calendars
  /// differ). Nil for a vague date.
  public var firstDay: (year: Int, month: Int, day: Int)? {
    switch precision {
    case .present, .past, .future: return nil
    case .season: return (year, 3 * (part ?? 1), 1)
    case .quarter: return (year, 3 * ((part ?? 1) - 1) + 1, 1)
    case .half: return (year, 6 * ((part ?? 1) - 1) + 1, 1)
    default: break
    }
    if let week {
      // ISO week 1 holds 4 January; its Monday starts the week.
      let jan4 = CivilDate.days(year, 1, 4)
      let c = CivilDate.civil(jan4 - CivilDate.weekday(jan4) + 1 + 7 * (week - 1))
      return (c.year, c.month, c.day)
    }
    return (year, month ?? 1, day ?? 1)
  }

  /// The last day the date could denote, as a sort key (2025-02 → 20250231 is enough to
  /// compare with); nil for a vague date.
  public var endKey: Int? {
    guard let f = firstDay else { return nil }
    switch precision {
    case .season: return Self.key(year + (part == 4 ? 1 : 0), part == 4 ? 2 : f.month + 2, 31)
    case .quarter: return Self.key(year, f.month + 2, 31)
    case .half: return Self.key(year, f.month + 5, 31)
    case .decade: return Self.key(year + 9, 12, 31)
    case .century: return Self.key(year + 99, 12, 31)
    case .fiscalYear: return Self.key(year, 12, 31)
    default: break
    }
    if week != nil {
      let z = CivilDate.days(f.year, f.month, f.day) + 6
      let c = CivilDate.civil(z)
      return Self.key(c.year, c.month, c.day)
    }
    guard let m = month else { return Self.key(year, 12, 31) }
    return Self.key(year, m, day ?? 31)
  }

  static func key(_ y: Int, _ m: Int, _ d: Int) -> Int { y * 10000 + m * 100 + d }

  /// A sortable key: the first day the date could denote (vague dates after every calendar
  /// date: the past, then the present, then the future).
  public var sortKey: Int {
    guard let f = firstDay else {
      return Int.max - 3 + (precision == .past ? 0 : precision == .present ? 1 : 2)
    }
    return Self.key(f.year, f.month, f.day)
  }

  public static func < (a: DateValue, b: DateValue) -> Bool {
    if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
    return a.precisionRank < b.precisionRank
  }

  /// The wider date first among dates that start on the same day.
  private var precisionRank: Int {
    switch precision {
    case .century: 0
    case .decade: 1
    case .fiscalYear: 2
    case .year: 3
    case .approx: 4
    case .half: 5
    case .season: 6
    case .quarter: 7
    case .month: 8
    case .week: 9
    case .day: 10
    case .past: 11
    case .present: 12
    case .future: 13
    }
  }
}
