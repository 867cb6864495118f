import LodeCore

extension DateExtractor {
  /// yesterday/today/tomorrow, (on|last|next|this) WEEKDAY, last/next/this week|month|year,
  /// earlier/later this week|month|year, N days/weeks ago — resolved against the document date.
  func relative(at i: Int, prior: [Found] = []) -> Found? {
    guard let day = docDay else { return nil }
    let t = a.tokens
    let w = t[i]
    if w.keyIs("yesterday") {
      return Found(firstToken: i, endToken: i + 1, value: CivilDate.date(day - 1), relative: true)
    }
    // "today's youth": the present, not the day.
    if w.keyIs("today"), same(i, i + 2), t[i + 1].kind == .possessive, t[i + 2].kind == .word, !t[i + 2].isCapitalised,
      !Self.dayNouns.contains(t[i + 2])
    {
      return Found(firstToken: i, endToken: i + 1, value: .present, relative: true)
    }
    // "two weeks from today": counted forward like "from now".
    if w.keyIs("today"), let f = fromNow(at: i, low: 0) { return f }
    if w.keyIs("today") { return Found(firstToken: i, endToken: i + 1, value: CivilDate.date(day), relative: true) }
    if w.keyIs("tonight") { return Found(firstToken: i, endToken: i + 1, value: CivilDate.date(day), relative: true) }
    if w.keyIs("tomorrow") {
      return Found(firstToken: i, endToken: i + 1, value: CivilDate.date(day + 1), relative: true)
    }
    if w.has(.weekday), let wd = Self.weekdayTable.lookup(w), w.isCapitalised {
      return weekday(wd, at: i, day: day)
    }
    // "the past", "in the past", "past years": a reference to the past.
    if w.keyIs("past"), i > 0, t[i - 1].keyIs("the") || t[i - 1].keyIs("this") {
      let nx: Token? = same(i, i + 1) && a.sentenceOf[i + 1] == a.sentenceOf[i] ? t[i + 1] : nil
      if nx == nil || nx?.kind == .punct || nx.map({ Self.pastFollowers.contains($0) }) == true {
        return Found(firstToken: i - 1, endToken: i + 1, value: .past, relative: true)
      }
    }
    if w.keyIs("past"), same(i, i + 1), Self.periodPlurals.contains(t[i + 1]) {
      return Found(firstToken: i, endToken: i + 2, value: .past, relative: true)
    }
    // "the next day", "the next year": after the date named last.
    if w.keyIs("next"), i > 0, t[i - 1].keyIs("the"), same(i, i + 1) {
      if let v = shifted(prior, before: i, unit: t[i + 1], by: 1) {
        return Found(firstToken: i - 1, endToken: i + 2, value: v, relative: true)
      }
      if t[i + 1].keyIs("day") { return nil }
    }
    if w.keyIs("last") || w.keyIs("next") || w.keyIs("this") || w.keyIs("past"), same(i, i + 1),
      let v = period(a.key(i + 1), shift: w.keyIs("last") || w.keyIs("past") ? -1 : (w.keyIs("next") ? 1 : 0), day: day)
    {
      let start =
        i > 0 && (WordLists.earlierLater.contains(t[i - 1]) || Self.approxWords.contains(t[i - 1])) ? i - 1 : i
      if v.precision == .year, let q = yearQuarter(at: i + 2, year: v.year, prior: prior) {
        return Found(firstToken: start, endToken: q.end, value: q.value, relative: true)
      }
      // "a loss of $3 million last year" just after a quarter's figures: that quarter a year before.
      if v.precision == .year, w.keyIs("last"), let q = lastQuarter(prior, before: i, within: 40), q.year == v.year + 1
      {
        return Found(
          firstToken: start, endToken: i + 2, value: DateValue(.quarter, year: v.year, part: q.part), relative: true)
      }
      return Found(firstToken: start, endToken: i + 2, value: v, relative: true)
    }
    if same(i, i + 2), t[i + 2].keyIs("ago"),
      let n = num(i) ?? (w.has(.numberWord) ? Lexicon.numberWords[a.key(i)] : nil), n <= 10_000
    {
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
        return Found(
          firstToken: i, endToken: i + 3, value: DateValue(year: CivilDate.civil(day).year - n), relative: true)
      }
      if unit.hasPrefix("decade") {
        return Found(
          firstToken: i, endToken: i + 3, value: DateValue(year: CivilDate.civil(day).year - 10 * n), relative: true)
      }
    }
    return nil
  }

  /// "two years from now", "a month from now", "ten days from now": counted forward from the
  /// document date (`i` is "now").
  func fromNow(at i: Int, low: Int) -> Found? {
    guard i - 3 >= low, let day = docDay, a.tokens[i - 1].keyIs("from") else { return nil }
    let c = i - 3
    let w = a.tokens[c]
    let count =
      num(c) ?? (w.has(.numberWord) ? Lexicon.numberWords[a.key(c)] : nil) ?? (w.keyIs("a") || w.keyIs("one") ? 1 : nil)
    guard let n = count, n <= 1000 else { return nil }
    let unit = a.key(i - 2)
    let v: DateValue
    if unit == "day" || unit == "days" {
      v = CivilDate.date(day + n)
    } else if unit == "week" || unit == "weeks" {
      v = CivilDate.isoWeek(day + 7 * n)
    } else if unit == "month" || unit == "months", let (y, m) = shiftMonth(day, n) {
      v = DateValue(year: y, month: m)
    } else if unit == "year" || unit == "years" {
      v = DateValue(year: CivilDate.civil(day).year + n)
    } else {
      return nil
    }
    return Found(firstToken: c, endToken: i + 1, value: v, relative: true)
  }

  /// "this year's third quarter", "next year's first half": the quarter of that year;
  /// "last year's quarter": the quarter named last, that year.
  func yearQuarter(at k: Int, year: Int, prior: [Found]) -> (value: DateValue, end: Int)? {
    let t = a.tokens
    guard same(k - 1, k + 1), t[k].kind == .possessive else { return nil }
    var j = k + 1
    var n = DatePeriodWord.ordinals.lookup(t[j]) ?? 0
    if n > 0 { j += 1 }
    guard same(k, j), t[j].has(.dateWord), let code = DatePeriodWord.table.lookup(t[j]) else { return nil }
    if n == 0 { n = code % 16 }
    let word = code / 16
    if n == 0, word == DatePeriodWord.quarter.rawValue, let q = lastQuarter(prior, before: k) { n = q.part ?? 0 }
    guard n > 0 else { return nil }
    if word == DatePeriodWord.quarter.rawValue, n <= 4 { return (DateValue(.quarter, year: year, part: n), j + 1) }
    if word == DatePeriodWord.half.rawValue, n <= 2 { return (DateValue(.half, year: year, part: n), j + 1) }
    return nil
  }

  /// A weekday: `last`/`next` say which; otherwise a past clause looks back, a future one
  /// ("will … on Friday", "is coming Friday") forward, and the document's own weekday is the
  /// document date. "Monday, Oct. 26" is the date that follows.
  func weekday(_ wd: Int, at i: Int, day: Int) -> Found? {
    let t = a.tokens
    let prev: Token? = i > 0 && same(i - 1, i) ? t[i - 1] : nil
    var j = i + 1
    if same(i, j), t[j].isPunct(",") { j += 1 }
    if same(i, j), month(j) != nil, let f = match(at: j, after: []), !f.value.isVague {
      return Found(firstToken: i, endToken: f.endToken, value: f.value, relative: f.relative)
    }
    // "the previous Friday", "this past Friday" look back like "last Friday".
    let last =
      prev?.keyIs("last") == true
      || prev?.keyIs("previous") == true || prev?.keyIs("past") == true
    let next = prev?.keyIs("next") == true
    let coming = prev?.keyIs("coming") == true
    var start = last || next || coming || prev?.keyIs("this") == true || prev?.keyIs("on") == true ? i - 1 : i
    if coming, start > 0, t[start - 1].keyIs("this") { start -= 1 }
    let dw = CivilDate.weekday(day)
    // "this Friday": the Friday of the document's week ("this coming Friday" looks ahead).
    if prev?.keyIs("this") == true {
      return Found(firstToken: start, endToken: i + 1, value: CivilDate.date(day + wd - dw), relative: true)
    }
    // "Wednesday's ruling" has happened.
    let possessive = same(i, i + 1) && t[i + 1].kind == .possessive
    // "postponed until Tuesday": a deadline lies ahead ("Until Tuesday, they had …" opens
    // its clause and takes its tense).
    let deadline =
      (prev?.keyIs("until") == true || prev?.keyIs("till") == true) && i >= 2
      && a.sentenceOf[i - 2] == a.sentenceOf[i] && t[i - 2].kind != .punct && t[i - 2].kind != .quote
    let forward = next || coming || deadline || (!last && !possessive && tense(i) == .future)
    let z: Int
    if forward {
      let delta = (wd - dw + 7) % 7
      z = day + (next && delta == 0 ? 7 : delta)
    } else {
      let delta = (dw - wd + 7) % 7
      z = day - (last && delta == 0 ? 7 : delta)
    }
    return Found(firstToken: start, endToken: i + 1, value: CivilDate.date(z), relative: true)
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
