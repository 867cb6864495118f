/// A date known to some precision: a calendar day, month or year, an ISO week, a season, a
/// quarter or half of a year, a fiscal year, a decade, a century, an approximate date, or a
/// vague reference to the present, the past or the future.
///
/// Extracted dates keep the precision the text gave ("February 2025" is a month); nothing is
/// invented. Text forms are ISO 8601 (2025-02-24, 2025-02, 2025, 2025-W08) and TimeML for the
/// rest: 2012-SU, 1990-Q3, 1990-H1, FY1990, 199 (the 1990s), 19 (1900–1999), PRESENT_REF,
/// PAST_REF, FUTURE_REF.
public struct DateValue: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  public enum Precision: String, Sendable, Codable, CaseIterable {
    case day, month, year, week, approx
    case season, quarter, half
    case fiscalYear = "fiscal_year"
    case decade, century
    /// Vague references: a date row, never an event's date.
    case present, past, future
  }

  /// Seasons in TimeML order: spring, summer, fall (autumn), winter.
  public static let seasonCodes = ["SP", "SU", "FA", "WI"]

  /// The year; for a decade its first year (1990), for a century its first (1900); 0 for
  /// a vague date.
  public var year: Int
  public var month: Int?
  public var day: Int?
  public var week: Int?
  /// The season (1 spring … 4 winter), quarter (1–4) or half (1–2).
  public var part: Int?
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

  /// A season (1 spring … 4 winter), quarter (1–4) or half (1–2) of `year`; a fiscal year,
  /// decade or century (`year` is its first year: 1990 for the 1990s, 1900 for 1900–1999);
  /// or, with `.present`, `.past` or `.future`, a vague date (year 0).
  public init(_ precision: Precision, year: Int = 0, part: Int? = nil) {
    switch precision {
    case .decade: self.year = year - year % 10
    case .century: self.year = year - year % 100
    case .present, .past, .future: self.year = 0
    default: self.year = year
    }
    self.part = [.season, .quarter, .half].contains(precision) ? part : nil
    self.precision = precision
  }

  public static let present = DateValue(.present)
  public static let past = DateValue(.past)
  public static let future = DateValue(.future)

  /// A reference to the present, the past or the future: a date row that dates no event.
  public var isVague: Bool { precision == .present || precision == .past || precision == .future }

  /// The same date marked approximate ("around 2025", "early February"); seasons, quarters,
  /// decades and the like keep their own precision.
  public func approximate() -> DateValue {
    guard [.day, .month, .year, .week].contains(precision) else { return self }
    var c = self
    c.precision = .approx
    return c
  }

  /// ISO 8601 text at the date's precision, or the TimeML value for the other kinds.
  public var iso: String {
    switch precision {
    case .present: return "PRESENT_REF"
    case .past: return "PAST_REF"
    case .future: return "FUTURE_REF"
    case .season: return "\(Self.pad(year, 4))-\(Self.seasonCodes[min(3, max(0, (part ?? 1) - 1))])"
    case .quarter: return "\(Self.pad(year, 4))-Q\(part ?? 1)"
    case .half: return "\(Self.pad(year, 4))-H\(part ?? 1)"
    case .fiscalYear: return "FY\(Self.pad(year, 4))"
    case .decade: return Self.pad(year / 10, 3)
    case .century: return Self.pad(year / 100, 2)
    default: break
    }
    if let week { return "\(Self.pad(year, 4))-W\(Self.pad(week, 2))" }
    var s = Self.pad(year, 4)
    if let month { s += "-\(Self.pad(month, 2))" }
    if let day, month != nil { s += "-\(Self.pad(day, 2))" }
    return s
  }

  public var description: String { iso }

  static func pad(_ n: Int, _ w: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, w - s.count)) + s
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
