import LodeCore

/// Days and years as speech and some writers give them: "January twenty-third", "the
/// twenty-first of February", "the 15th of January", "January of 1997", "March of this year".
extension DateExtractor {
  /// The day an ordinal ending just before token `k` names ("twenty-first", "21st"), with the
  /// token it starts at (and "the" before it); nil when none, or when it starts before `floor`.
  func ordinalDay(endingBefore k: Int, floor: Int) -> (day: Int, start: Int)? {
    let t = a.tokens
    var day: Int?
    var s = k - 1
    if s >= floor, t[s].kind == .word, let d = Self.dayOrdinals.lookup(t[s]) {
      day = d
    } else if s - 1 >= floor, WordLists.ordinalSuffixes.contains(t[s]), !t[s].spaceBefore, let d = num(s - 1),
      (1...31).contains(d)
    {
      day = d
      s -= 1
    }
    guard let day, same(s, k) else { return nil }
    if s - 1 >= floor, t[s - 1].keyIs("the") { s -= 1 }
    return (day, s)
  }

  /// A month at token `i` written with a spoken day after it or an ordinal day before it, or
  /// "of" a year after it.
  func spokenMonthDay(_ m: Int, at i: Int, floor: Int) -> Found? {
    let t = a.tokens
    // "January twenty-third"
    if same(i, i + 1), t[i + 1].kind == .word, let d = Self.dayOrdinals.lookup(t[i + 1]) {
      guard let y = inferYear(month: m, day: d, at: i), d <= DateValue.daysIn(month: m, year: y) else { return nil }
      return Found(firstToken: i, endToken: i + 2, value: DateValue(year: y, month: m, day: d), relative: true)
    }
    // "the twenty-first of February", "the 15th of January"
    if i >= 2, t[i - 1].keyIs("of"), let (d, start) = ordinalDay(endingBefore: i - 1, floor: floor) {
      guard let y = inferYear(month: m, day: d, at: start), d <= DateValue.daysIn(month: m, year: y) else { return nil }
      return Found(firstToken: start, endToken: i + 1, value: DateValue(year: y, month: m, day: d), relative: true)
    }
    // "January of 1997", "March of this year", "May of last year"
    if same(i, i + 2), t[i + 1].keyIs("of") {
      if let y = isYear(i + 2) {
        return Found(firstToken: i, endToken: i + 3, value: DateValue(year: y, month: m), relative: false)
      }
      if same(i, i + 3), t[i + 3].keyIs("year"), let doc = docDate,
        let shift = t[i + 2].keyIs("last") ? -1 : (t[i + 2].keyIs("this") ? 0 : (t[i + 2].keyIs("next") ? 1 : nil))
      {
        return Found(firstToken: i, endToken: i + 4, value: DateValue(year: doc.year + shift, month: m), relative: true)
      }
    }
    return nil
  }
}
