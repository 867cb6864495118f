import LodeCore

extension DateExtractor {
  /// Thanksgiving (the fourth Thursday of November), Christmas (Day, Eve), Halloween, with
  /// "last"/"next" or the clause's tense choosing the year.
  func holiday(at i: Int, which: Int, low: Int, end: Int) -> Found? {
    let t = a.tokens
    guard t[i].isCapitalised else { return nil }
    var start = i
    var forced: Tense?
    if i - 1 >= low, t[i - 1].keyIs("last") || t[i - 1].keyIs("next") || t[i - 1].keyIs("this") {
      forced = t[i - 1].keyIs("last") ? .past : (t[i - 1].keyIs("next") ? .future : nil)
      start = i - 1
    }
    var endToken = i + 1
    var eve = false
    if endToken < end, t[endToken].keyIs("day") || t[endToken].keyIs("eve") {
      eve = t[endToken].keyIs("eve")
      endToken += 1
    }
    let (m, d0) = which == 1 ? (11, 25) : (which == 2 ? (12, eve ? 24 : 25) : (10, 31))
    guard
      let y = endToken < end
        ? isYear(endToken) ?? inferYear(month: m, day: d0, at: i, tense: forced)
        : inferYear(month: m, day: d0, at: i, tense: forced)
    else { return nil }
    if endToken < end, isYear(endToken) != nil { endToken += 1 }
    var d = d0
    if which == 1 {
      // The fourth Thursday: 1 November's weekday fixes it.
      let first = CivilDate.weekday(CivilDate.days(y, 11, 1))
      d = 1 + (4 - first + 7) % 7 + 21
    }
    return Found(firstToken: start, endToken: endToken, value: DateValue(year: y, month: m, day: d), relative: true)
  }

  /// "the following year/month/day", "the next day": the one after the date named last
  /// (within 300 tokens).
  func following(at i: Int, low: Int, end: Int, prior: [Found]) -> Found? {
    guard i - 1 >= low, a.tokens[i - 1].keyIs("the"), i + 1 < end,
      let v = shifted(prior, before: i, unit: a.tokens[i + 1], by: 1)
    else { return nil }
    return Found(firstToken: i - 1, endToken: i + 2, value: v, relative: true)
  }

  /// "the same day/month/year": the date named last, at that precision.
  func sameDate(at i: Int, low: Int, end: Int, prior: [Found]) -> Found? {
    guard i - 1 >= low, a.tokens[i - 1].keyIs("the") || a.tokens[i - 1].keyIs("that"), i + 1 < end,
      let v = shifted(prior, before: i, unit: a.tokens[i + 1], by: 0)
    else { return nil }
    return Found(firstToken: i - 1, endToken: i + 2, value: v, relative: true)
  }

  /// The last date named before token `i` (within 300 tokens) moved by `n` units of `unit`
  /// (day, month or year), when it is that precise.
  func shifted(_ prior: [Found], before i: Int, unit: Token, by n: Int) -> DateValue? {
    guard let base = prior.last?.value, let f = prior.last, f.endToken > i - 300, !base.isVague else { return nil }
    if unit.keyIs("year"), [.day, .month, .year].contains(base.precision) { return DateValue(year: base.year + n) }
    if unit.keyIs("month"), let m = base.month, base.precision == .day || base.precision == .month {
      let total = base.year * 12 + m - 1 + n
      return DateValue(year: total / 12, month: total % 12 + 1)
    }
    // "the next morning", "the same evening": that day.
    if unit.keyIs("day") || Self.partsOfDay.contains(unit), let z = CivilDate.days(base) {
      return CivilDate.date(z + n)
    }
    return nil
  }

  /// "for the year", "in the full year", "by the end of the year", "the fiscal year",
  /// "the year ended Sept. 30", "the year two thousand": the document's year unless the
  /// text says which; not "the year before", "the year that …".
  func theYear(at i: Int, low: Int, end: Int, prior: [Found]) -> Found? {
    let t = a.tokens
    // "the previous year", "the prior year": the year before the date named last, else
    // before the document's.
    if i - 2 >= low, t[i - 2].keyIs("the"),
      t[i - 1].keyIs("previous") || t[i - 1].keyIs("prior") || t[i - 1].keyIs("preceding")
    {
      guard let v = shifted(prior, before: i, unit: t[i], by: -1) ?? docDate.map({ DateValue(year: $0.year - 1) })
      else { return nil }
      return Found(firstToken: i - 2, endToken: i + 1, value: v, relative: true)
    }
    // "that year": the year named last.
    if i - 1 >= low, t[i - 1].keyIs("that"), let v = shifted(prior, before: i, unit: t[i], by: 0) {
      return Found(firstToken: i - 1, endToken: i + 1, value: v, relative: true)
    }
    var start = i - 1
    var fiscal = false
    while start >= low,
      t[start].keyIs("full") || t[start].keyIs("fiscal") || t[start].keyIs("calendar") || t[start].keyIs("whole")
        || t[start].keyIs("entire")
    {
      fiscal = fiscal || t[start].keyIs("fiscal")
      start -= 1
    }
    guard start >= low, t[start].keyIs("the"), start - 1 >= low, Self.theYearPrepositions.contains(t[start - 1]) else {
      return nil
    }
    var endToken = i + 1
    var year = docDate?.year
    if endToken < end {
      let nx = t[endToken]
      if Self.notTheYear.contains(nx) { return nil }
      if nx.keyIs("ended") || nx.keyIs("ending"), endToken + 1 < end, let m = month(endToken + 1) {
        year =
          endToken + 3 < end
          ? isYear(endToken + 3) ?? isYear(endToken + 2) ?? inferYear(month: m, at: endToken + 1, tense: .past)
          : inferYear(month: m, at: endToken + 1, tense: .past)
      } else if nx.keyIs("two"), endToken + 1 < end, t[endToken + 1].keyIs("thousand") {
        year = 2000
        endToken += 2
      } else if let y = isYear(endToken) {
        year = y
        endToken += 1
      }
    }
    guard let y = year else { return nil }
    return Found(
      firstToken: start, endToken: endToken, value: fiscal ? DateValue(.fiscalYear, year: y) : DateValue(year: y),
      relative: true)
  }

  /// Years said in words: "nineteen ninety-one", "nineteen eighty".
  func spokenYear(at i: Int, end: Int) -> Found? {
    guard i + 1 < end, a.tokens[i + 1].kind == .word else { return nil }
    // "the nineteen nineties"
    if a.tokens[i + 1].has(.dateWord), let code = DatePeriodWord.table.lookup(a.tokens[i + 1]),
      code / 16 == DatePeriodWord.decadeWord.rawValue
    {
      let start = i > 0 && a.tokens[i - 1].keyIs("the") && same(i - 1, i) ? i - 1 : i
      return Found(
        firstToken: start, endToken: i + 2, value: DateValue(.decade, year: 1900 + 10 * (code % 16)), relative: false)
    }
    let parts = a.key(i + 1).split(separator: "-")
    guard let first = parts.first, let tens = Self.tensWords[String(first)] else { return nil }
    var n = tens
    if parts.count == 2 {
      guard let unit = Lexicon.numberWords[String(parts[1])], unit < 10 else { return nil }
      n += unit
    } else if parts.count > 2 {
      return nil
    }
    return Found(firstToken: i, endToken: i + 2, value: DateValue(year: 1900 + n), relative: false)
  }

  /// The second day of "April 24 and 25", "May 8-9", "June 3 or 4": same month and year.
  func dayListEnd(_ f: Found) -> Found? {
    let t = a.tokens
    let j = f.endToken
    guard f.value.precision == .day, let m = f.value.month, same(j - 1, j + 1),
      a.sentenceOf[j + 1] == a.sentenceOf[j - 1],
      num(j - 1) != nil, t[j].keyIs("and") || t[j].keyIs("or") || t[j].keyIs("to") || t[j].isPunct("-"),
      let d = num(j + 1), t[j + 1].keyCount <= 2, d >= 1, d <= DateValue.daysIn(month: m, year: f.value.year),
      d > (f.value.day ?? 31)
    else { return nil }
    if same(j + 1, j + 2), t[j + 2].kind == .word, t[j + 2].has(.month) || Self.scaleOrUnit.contains(t[j + 2]) {
      return nil
    }
    if same(j + 1, j + 2), t[j + 2].isPunct("%") { return nil }
    // "September 14 and 18, 1997": a year after the second day is both days'.
    var e = j + 2
    if same(j + 1, e), t[e].isPunct(",") { e += 1 }
    if f.relative, same(j + 1, e), let y = isYear(e), d <= DateValue.daysIn(month: m, year: y),
      (f.value.day ?? 1) <= DateValue.daysIn(month: m, year: y)
    {
      return Found(firstToken: j + 1, endToken: e + 1, value: DateValue(year: y, month: m, day: d), relative: false)
    }
    return Found(
      firstToken: j + 1, endToken: j + 2, value: DateValue(year: f.value.year, month: m, day: d), relative: f.relative)
  }
}
