import LodeCore

extension DateExtractor {
  /// "day", "week" or "month" as a date of its own: "the end of the month", "the beginning of
  /// the week" (the document's month or week); "later in the day", "earlier in the week",
  /// "earlier that day" (the day, week or month of the date named last, else the document's).
  /// `unit` is 1 for day, 2 for week, 3 for month.
  func unitNoun(at i: Int, unit: Int, low: Int, prior: [Found]) -> Found? {
    guard let day = docDay, i - 2 >= low else { return nil }
    let t = a.tokens
    let determiner = t[i - 1]
    // "the end of the month", "the beginning of the week" (not "the end of the day", an idiom).
    if unit != 1, determiner.keyIs("the"), i - 3 >= low, t[i - 2].keyIs("of"), Self.partWords.contains(t[i - 3]) {
      let start = i - 4 >= low && t[i - 4].keyIs("the") ? i - 4 : i - 3
      let c = CivilDate.civil(day)
      let v = unit == 2 ? CivilDate.isoWeek(day) : DateValue(year: c.year, month: c.month)
      return Found(firstToken: start, endToken: i + 1, value: v, relative: true)
    }
    // "later in the day", "earlier in the week", "earlier that day", "later that month".
    let inThe = determiner.keyIs("the") && i - 3 >= low && t[i - 2].keyIs("in")
    let that = determiner.keyIs("that")
    let side = inThe ? i - 3 : i - 2
    guard inThe || that, side >= low, t[side].keyIs("earlier") || t[side].keyIs("later") else { return nil }
    let base = referenceDay(prior, before: i) ?? (that ? nil : day)
    guard let z = base else { return nil }
    let c = CivilDate.civil(z)
    let v =
      unit == 1 ? CivilDate.date(z) : (unit == 2 ? CivilDate.isoWeek(z) : DateValue(year: c.year, month: c.month))
    return Found(firstToken: side, endToken: i + 1, value: v, relative: true)
  }

  /// The day named last before token `i` (within 300 tokens), when a day was named.
  func referenceDay(_ prior: [Found], before i: Int) -> Int? {
    guard let f = prior.last, f.endToken > i - 300, f.value.precision == .day else { return nil }
    return CivilDate.days(f.value)
  }

  /// "several years ago", "a few weeks ago", "a couple of months earlier", "some years ago":
  /// a past the text does not count (TimeML PAST_REF); `i` is "ago" or "earlier".
  func vagueAgo(at i: Int, low: Int) -> Found? {
    let t = a.tokens
    guard i - 2 >= low, Self.pluralUnits.contains(t[i - 1]) else { return nil }
    var k = i - 2
    if t[k].keyIs("of"), k - 1 >= low, t[k - 1].keyIs("couple") { k -= 1 }
    guard Self.vagueCounts.contains(t[k]) else { return nil }
    if k - 1 >= low, t[k - 1].keyIs("a"), t[k].keyIs("few") || t[k].keyIs("couple") { k -= 1 }
    return Found(firstToken: k, endToken: i + 1, value: .past, relative: true)
  }
}
