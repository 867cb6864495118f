extension DateValue {
  /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www` (validating ranges and month
  /// lengths) and the TimeML forms `YYYY-SP|SU|FA|WI`, `YYYY-Qn`, `YYYY-Hn`, `FYYYYY`,
  /// `DDD` (a decade), `DD` (a century), `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
  public static func parse(_ text: String) -> DateValue? {
    if let digits = parseDigits(text) { return digits }
    switch text {
    case "PRESENT_REF": return .present
    case "PAST_REF": return .past
    case "FUTURE_REF": return .future
    default: break
    }
    if text.hasPrefix("FY"), text.count == 6, let y = Int(text.dropFirst(2)), y >= 0 {
      return DateValue(.fiscalYear, year: y)
    }
    if text.count == 3 || text.count == 2, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(text) {
      return text.count == 3 ? DateValue(.decade, year: n * 10) : DateValue(.century, year: n * 100)
    }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let first = parts.first, first.count == 4, first.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let y = Int(first)
    else { return nil }
    if parts.count == 1 { return DateValue(year: y) }
    if parts.count == 2, let s = seasonCodes.firstIndex(of: parts[1]) {
      return DateValue(.season, year: y, part: s + 1)
    }
    if parts.count == 2, parts[1].count == 2, let n = Int(parts[1].dropFirst()) {
      if parts[1].hasPrefix("Q"), (1...4).contains(n) { return DateValue(.quarter, year: y, part: n) }
      if parts[1].hasPrefix("H"), (1...2).contains(n) { return DateValue(.half, year: y, part: n) }
    }
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
}
