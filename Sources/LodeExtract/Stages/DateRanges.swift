import LodeCore

extension DateExtractor {
  /// Two dates joined as a pair or a range ("May and June 1996", "from January to March",
  /// "between Dec. 20 and Jan. 5"). When only the second has a year, the first takes it (the
  /// year before if the first falls later in the year). When neither has one, they keep
  /// their order: if the second resolved before the first, a future clause moves the second
  /// a year on; otherwise the first moves a year back ("From January to March output fell",
  /// read in February, is last year's January to March). Returns the two ends.
  func orderedRange(_ p: Found, _ f: Found) -> (Found, Found) {
    guard let m = f.value.month, let pm = p.value.month,
      f.value.precision == .month || f.value.precision == .day, p.value.precision == .month || p.value.precision == .day
    else { return (p, f) }
    let between = a.tokens[p.endToken]
    let list = between.keyIs("and") || between.keyIs("or")
    guard list || Self.rangeWords.contains(between) || between.isPunct("-") || between.isPunct("\u{2013}") else {
      return (p, f)
    }
    // Only dates that name their month ("Monday to Friday" keeps the weekdays' own days).
    guard namesMonth(p), namesMonth(f) else { return (p, f) }
    let (d, pd) = (f.value.day, p.value.day)
    if !f.relative {
      let y = (pm, pd ?? 1) > (m, d ?? 31) ? f.value.year - 1 : f.value.year
      guard var q = moved(p, to: y) else { return (p, f) }
      q.relative = false
      return (q, f)
    }
    // "and" joins a range only after "between" ("in March and January" is a list).
    guard !list || (between.keyIs("and") && p.firstToken > 0 && a.tokens[p.firstToken - 1].keyIs("between")) else {
      return (p, f)
    }
    guard f.value.year * 12 + m < p.value.year * 12 + pm
      || (f.value.year * 12 + m == p.value.year * 12 + pm && (d ?? 32) < (pd ?? 0))
    else { return (p, f) }
    if tense(f.firstToken) == .future {
      return (p, moved(f, to: f.value.year + 1) ?? f)
    }
    guard p.relative, let q = moved(p, to: p.value.year - 1) else { return (p, f) }
    return (q, f)
  }

  func namesMonth(_ f: Found) -> Bool { (f.firstToken..<f.endToken).contains { a.tokens[$0].has(.month) } }

  /// The date moved to year `y` (nil when its day does not exist that year).
  func moved(_ x: Found, to y: Int) -> Found? {
    guard let mm = x.value.month, x.value.day.map({ $0 <= DateValue.daysIn(month: mm, year: y) }) ?? true else {
      return nil
    }
    var g = x
    g.value = DateValue(year: y, month: mm, day: x.value.day)
    return g
  }
}
