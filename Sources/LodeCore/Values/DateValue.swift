/// A calendar date known to some precision: a day, a month, a year, an ISO week, or approximate.
///
/// Extracted dates keep the precision the text gave ("February 2025" is a month);
/// nothing is invented. ISO 8601 text forms: 2025-02-24, 2025-02, 2025, 2025-W08.
public struct DateValue: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  public enum Precision: String, Sendable, Codable, CaseIterable {
    case day, month, year, week, approx
  }

  public var year: Int
  public var month: Int?
  public var day: Int?
  public var week: Int?
  public var precision: Precision

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
    self.week = nil
    self.precision = day != nil && month != nil ? .day : (month != nil ? .month : .year)
  }

  public init(year: Int, week: Int) {
    self.year = year
    self.week = week
    self.precision = .week
  }

  /// The same date marked approximate ("around 2025", "early February").
  public func approximate() -> DateValue {
    var c = self
    c.precision = .approx
    return c
  }

  /// ISO 8601 text at the date's precision.
  public var iso: String {
    func pad(_ n: Int, _ w: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    if let week { return "\(pad(year, 4))-W\(pad(week, 2))" }
    var s = pad(year, 4)
    if let month { s += "-\(pad(month, 2))" }
    if let day, month != nil { s += "-\(pad(day, 2))" }
    return s
  }

  public var description: String { iso }

  /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`, validating ranges and month lengths.
  public static func parse(_ text: String) -> DateValue? {
    if let digits = parseDigits(text) { return digits }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let first = parts.first, first.count == 4, let y = Int(first) else { return nil }
    if parts.count == 1 { return DateValue(year: y) }
    if parts.count == 2, parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()),
      parts[1].count == 3, (1...53).contains(w)
    {
      return DateValue(year: y, week: w)
    }
    guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
    if parts.count == 2 { return DateValue(year: y, month: m) }
    guard parts.count == 3, parts[2].count == 2, let d = Int(parts[2]),
      d >= 1, d <= daysIn(month: m, year: y)
    else { return nil }
    return DateValue(year: y, month: m, day: d)
  }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, read off the bytes (front matter
  /// dates are parsed once per document); `.some(nil)` when the shape holds but the month or
  /// day does not exist, nil for any other shape.
  static func parseDigits(_ text: String) -> DateValue?? {
    let b = Array(text.utf8.prefix(11))
    func num(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
        v = v * 10 + Int(b[i] - 0x30)
      }
      return v
    }
    guard b.count == 4 || b.count == 7 || b.count == 10, let y = num(0..<4) else { return nil }
    if b.count == 4 { return .some(DateValue(year: y)) }
    guard b[4] == 0x2D, let m = num(5..<7) else { return nil }
    guard (1...12).contains(m) else { return .some(nil) }
    if b.count == 7 { return .some(DateValue(year: y, month: m)) }
    guard b[7] == 0x2D, let d = num(8..<10) else { return nil }
    return .some(d >= 1 && d <= daysIn(month: m, year: y) ? DateValue(year: y, month: m, day: d) : nil)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// A sortable key: the first day the date could denote.
  public var sortKey: Int {
    if let week { return year * 10000 + min(12, (week - 1) * 7 / 31 + 1) * 100 + 1 }
    return year * 10000 + (month ?? 1) * 100 + (day ?? 1)
  }

  public static func < (a: DateValue, b: DateValue) -> Bool {
    if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
    return a.precisionRank < b.precisionRank
  }

  private var precisionRank: Int {
    switch precision {
    case .year: 0
    case .approx: 1
    case .month: 2
    case .week: 3
    case .day: 4
    }
  }
}
