import LodeCore

extension DateExtractor {
  /// yesterday/today/tomorrow, (on|last|next|this) WEEKDAY, last/next/this week|month|year,
  /// earlier/later this week|month|year, N days/weeks ago — resolved against the document date.
  func relative(at i: Int) -> Found? {
    guard let day = docDay else { return nil }
    let t = a.tokens
    let w = t[i]
    if w.keyIs("yesterday") { return Found(firstToken: i, endToken: i + 1, value: CivilDate.date(day - 1), relative: true) }
    if w.keyIs("today") { return Found(firstToken: i, endToken: i + 1, value: CivilDate.date(day), relative: true) }
    if w.keyIs("tomorrow") { return Found(firstToken: i, endToken: i + 1, value: CivilDate.date(day + 1), relative: true) }
    if w.has(.weekday), let wd = Self.weekdayTable.lookup(w), w.isCapitalised {
      let prev: Token? = i > 0 && same(i - 1, i) ? t[i - 1] : nil
      let (last, next) = (prev?.keyIs("last") == true, prev?.keyIs("next") == true)
      let start = last || next || prev?.keyIs("this") == true || prev?.keyIs("on") == true ? i - 1 : i
      let dw = CivilDate.weekday(day)
      let forward = next || (!last && future(i))
      var z: Int
      if forward {
        let delta = (wd - dw + 7) % 7
        z = day + (delta == 0 ? 7 : delta)
        if next, delta != 0, delta < 7 { z = day + delta }
      } else {
        let delta = (dw - wd + 7) % 7
        z = day - (last && delta == 0 ? 7 : delta)
      }
      return Found(firstToken: start, endToken: i + 1, value: CivilDate.date(z), relative: true)
    }
    if w.keyIs("last") || w.keyIs("next") || w.keyIs("this") || w.keyIs("past"), same(i, i + 1),
      let v = period(a.key(i + 1), shift: w.keyIs("last") || w.keyIs("past") ? -1 : (w.keyIs("next") ? 1 : 0), day: day)
    {
      let start = i > 0 && WordLists.earlierLater.contains(t[i - 1]) ? i - 1 : i
      return Found(firstToken: start, endToken: i + 2, value: v, relative: true)
    }
    if same(i, i + 2), t[i + 2].keyIs("ago"), let n = num(i) ?? (w.has(.numberWord) ? Lexicon.numberWords[a.key(i)] : nil), n <= 10_000 {
      let unit = a.key(i + 1)
      let z: Int? =
        unit.hasPrefix("day") ? day - n : unit.hasPrefix("week") ? day - 7 * n : nil
      if let z {
        let v = unit.hasPrefix("day") ? CivilDate.date(z) : CivilDate.isoWeek(z)
        return Found(firstToken: i, endToken: i + 3, value: v, relative: true)
      }
      if unit.hasPrefix("month"), let (y, m) = shiftMonth(day, -n) {
        return Found(firstToken: i, endToken: i + 3, value: DateValue(year: y, month: m), relative: true)
      }
      if unit.hasPrefix("year") {
        return Found(firstToken: i, endToken: i + 3, value: DateValue(year: CivilDate.civil(day).year - n), relative: true)
      }
    }
    return nil
  }

  func period(_ unit: String, shift: Int, day: Int) -> DateValue? {
    switch unit {
    case "week": return CivilDate.isoWeek(day + 7 * shift)
    case "month": return shiftMonth(day, shift).map { DateValue(year: $0.0, month: $0.1) }
    case "year": return DateValue(year: CivilDate.civil(day).year + shift)
    default: return nil
    }
  }

  func shiftMonth(_ day: Int, _ n: Int) -> (Int, Int)? {
    let c = CivilDate.civil(day)
    let total = c.year * 12 + (c.month - 1) + n
    return (total / 12, total % 12 + 1)
  }
}
