import LodeCore

extension DateExtractor {
  /// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
  /// "the 1988 third quarter", "the fourth quarter of 1988", "first half"; "this/the current
  /// quarter" holds the document date, "last/the previous quarter" is the one before, "the
  /// latest quarter" the last one ended; "the quarter" is the quarter last named, else the
  /// latest. A quarter named after the document date in a past clause is last year's.
  func quarter(at i: Int, part n0: Int, word: DatePeriodWord, low: Int, end: Int, prior: [Found]) -> Found? {
    guard let day = docDay else { return nil }
    let t = a.tokens
    let doc = CivilDate.civil(day)
    let docQuarter = (doc.month - 1) / 3 + 1
    var n = n0
    var start = i
    // The ordinal before: "third quarter", "3rd quarter".
    if n == 0, start - 1 >= low, let o = DatePeriodWord.ordinals.lookup(t[start - 1]) {
      n = o
      start -= 1
    } else if n == 0, start - 2 >= low, WordLists.ordinalSuffixes.contains(t[start - 1]), let o = num(start - 2),
      (1...4).contains(o)
    {
      n = o
      start -= 2
    }
    // "the last half of 1989": the second.
    if word == .half, n == 0, start - 1 >= low, t[start - 1].keyIs("last") || t[start - 1].keyIs("latter") {
      n = 2
      start -= 1
    }
    if word == .half, n == 0 || n > 2 { return nil }
    // "the first half hour", "the second half point" are no halves of a year.
    if word == .half, i + 1 < end, Self.notHalfOfYear.contains(t[i + 1]) { return nil }
    // "the period" is a quarter only in a report that has just named one.
    if word == .period, n != 0 || lastQuarter(prior, before: i) == nil { return nil }
    // "the period from 1990 to 1995", "the period when …" is no quarter.
    if word == .period, i + 1 < end, Self.notAfterPeriod.contains(t[i + 1]) {
      return nil
    }
    // Modifiers before: "fiscal", a year, "the", "its", "this", "last", "latest".
    var year: Int?
    var shift: Int?
    var determiner = false
    while start - 1 >= low {
      let p = t[start - 1]
      if p.keyIs("fiscal") || p.keyIs("fiscal-first") || p.keyIs("calendar") || p.keyIs("same") || p.keyIs("comparable")
      {
        start -= 1
      } else if year == nil, let y = isYear(start - 1) {
        year = y
        start -= 1
      } else if year == nil, let (y, k) = yearWithApostropheS(endingAt: start - 1, low: low) {
        year = y  // "1988's fourth quarter"
        start = k
      } else if Self.quarterDeterminers.contains(p) {
        determiner = true
        start -= 1
        if p.keyIs("this") || p.keyIs("current") { shift = 0 }
        if p.keyIs("last") || p.keyIs("previous") || p.keyIs("preceding") || p.keyIs("prior") || p.keyIs("latest")
          || p.keyIs("recent")
        {
          shift = -1
        }
        if p.keyIs("next") || p.keyIs("coming") { shift = 1 }
      } else {
        break
      }
    }
    var endToken = i + 1
    // "of 1988" after.
    if year == nil, endToken + 1 < end, t[endToken].keyIs("of"), let y = isYear(endToken + 1) {
      year = y
      endToken += 2
    } else if year == nil, n != 0, let (y, e) = ofTheYear(endToken, end: end, doc: doc.year) {
      year = y  // "the first half of the year", "the third quarter of last year"
      endToken = e
    } else if endToken < end, t[endToken].keyIs("of"), n == 0 || word == .half {
      return nil  // "the quarter of the shares", "the first half of the match"
    }
    // "the quarter ended Sept. 30": the calendar quarter of that day.
    if n == 0, word == .quarter, endToken + 1 < end, t[endToken].keyIs("ended") || t[endToken].keyIs("ending"),
      let m = month(endToken + 1)
    {
      let y =
        year ?? (endToken + 2 < end ? isYear(endToken + 2) : nil) ?? inferYear(month: m, at: endToken + 1, tense: .past)
        ?? doc.year
      // The calendar quarter holding most of its three months, the middle one: a quarter
      // ended July 31 (May to July) is the second, one ended Oct. 1 the third.
      let middle = y * 12 + m - 2
      return Found(
        firstToken: start, endToken: endToken, value: DateValue(.quarter, year: middle / 12, part: middle % 12 / 3 + 1),
        relative: true)
    }
    // "the quarter a year ago"
    if n == 0, word == .quarter, endToken + 2 < end, t[endToken].keyIs("a"), t[endToken + 1].keyIs("year"),
      t[endToken + 2].keyIs("ago") || t[endToken + 2].keyIs("earlier"), let q = lastQuarter(prior, before: i)
    {
      return Found(
        firstToken: start, endToken: endToken + 3, value: DateValue(.quarter, year: q.year - 1, part: q.part),
        relative: true)
    }
    if word == .half {
      return Found(
        firstToken: start, endToken: endToken, value: DateValue(.half, year: year ?? doc.year, part: n),
        relative: year == nil)
    }
    if n == 0 {
      guard determiner || year != nil else { return nil }
      if let shift {
        let q = doc.year * 4 + docQuarter - 1 + shift
        return Found(
          firstToken: start, endToken: endToken, value: DateValue(.quarter, year: q / 4, part: q % 4 + 1),
          relative: true)
      }
      if let y = year, let last = lastQuarter(prior, before: i) {
        return Found(
          firstToken: start, endToken: endToken, value: DateValue(.quarter, year: y, part: last.part), relative: false)
      }
      if let last = lastQuarter(prior, before: i) {
        return Found(firstToken: start, endToken: endToken, value: last, relative: true)
      }
      let q = doc.year * 4 + docQuarter - 2
      return Found(
        firstToken: start, endToken: endToken, value: DateValue(.quarter, year: q / 4, part: q % 4 + 1), relative: true)
    }
    var y = year ?? doc.year
    // A quarter still ahead of the document's is last year's unless the clause looks ahead:
    // news reports quarters that have ended ("the third-quarter loss widened").
    if year == nil, n > docQuarter, tense(i, throughDeterminer: true) != .future { y -= 1 }
    return Found(
      firstToken: start, endToken: endToken, value: DateValue(.quarter, year: y, part: n), relative: year == nil)
  }

  /// "of the year", "of this year", "of last year", "of next year" after a quarter or half
  /// at token `k`: the year and the token after.
  func ofTheYear(_ k: Int, end: Int, doc: Int) -> (Int, Int)? {
    let t = a.tokens
    guard k + 2 < end, t[k].keyIs("of"), t[k + 2].keyIs("year") else { return nil }
    let w = t[k + 1]
    let shift = w.keyIs("the") || w.keyIs("this") ? 0 : (w.keyIs("last") ? -1 : (w.keyIs("next") ? 1 : nil))
    guard let shift, !(k + 3 < end && Self.notTheYear.contains(t[k + 3])) else { return nil }
    return (doc + shift, k + 3)
  }

  /// The quarter most recently named (with the word "quarter", not "the year-ago quarter")
  /// within `within` tokens.
  func lastQuarter(_ prior: [Found], before i: Int, within: Int = 400) -> DateValue? {
    for f in prior.reversed() {
      if f.firstToken < i - within { return nil }
      if f.value.precision == .quarter, isQuarterWord(f.endToken - 1), !yearBack(f) { return f.value }
    }
    return nil
  }

  /// A year with "'s" ending at token `k` ("1988's": the year, its apostrophe, "s"): the year
  /// and its token.
  func yearWithApostropheS(endingAt k: Int, low: Int) -> (Int, Int)? {
    let t = a.tokens
    guard k - 2 >= low, t[k].kind == .word, t[k].keyIs("s"), !t[k].spaceBefore,
      t[k - 1].first == "'" || t[k - 1].first == "\u{2019}",
      !t[k - 1].spaceBefore, let y = isYear(k - 2)
    else { return nil }
    return (y, k - 2)
  }

  func yearBack(_ f: Found) -> Bool {
    (f.firstToken..<f.endToken).contains { k in
      a.tokens[k].has(.dateWord) && DatePeriodWord.table.lookup(a.tokens[k]) == DatePeriodWord.yearEarlier.rawValue * 16
    }
  }

  func isQuarterWord(_ k: Int) -> Bool {
    let t = a.tokens[k]
    guard t.has(.dateWord), let code = DatePeriodWord.table.lookup(t) else { return false }
    return code / 16 == DatePeriodWord.quarter.rawValue
  }

  /// A year that modifies a quarter, half or period after it ("the 1988 third quarter").
  func yearBeforeQuarter(_ i: Int) -> Bool {
    var k = i + 1
    guard same(i, k) else { return false }
    if a.tokens[k].kind != .word, a.tokens[k].first == "'" || a.tokens[k].first == "\u{2019}", same(i, k + 1),
      a.tokens[k + 1].keyIs("s"), !a.tokens[k].spaceBefore
    {
      k += 2  // "1988's fourth quarter"
    }
    guard same(i, k) else { return false }
    if DatePeriodWord.ordinals.lookup(a.tokens[k]) != nil { k += 1 }
    guard same(i, k), a.tokens[k].has(.dateWord), let code = DatePeriodWord.table.lookup(a.tokens[k]) else {
      return false
    }
    let w = code / 16
    return w == DatePeriodWord.quarter.rawValue || w == DatePeriodWord.half.rawValue
      || w == DatePeriodWord.period.rawValue
  }

  /// "a year ago", "a year earlier", "year-earlier", "a month ago", "a week ago": the
  /// document date's year (month, week) less one; when a quarter was just named, that
  /// quarter a year before ("the year-earlier quarter").
  func yearAgo(at i: Int, word: DatePeriodWord, low: Int, end: Int, prior: [Found]) -> Found? {
    guard let day = docDay else { return nil }
    let t = a.tokens
    let c = CivilDate.civil(day)
    var start = i
    var unit = "year"
    if word != .yearEarlier {
      guard i - 2 >= low, t[i - 2].keyIs("a") || t[i - 2].keyIs("one") else { return nil }
      let u = t[i - 1]
      // "a quarter ago": the quarter before the document's.
      if u.keyIs("quarter"), word == .ago {
        let q = c.year * 4 + (c.month - 1) / 3 - 1
        return Found(
          firstToken: i - 2, endToken: i + 1, value: DateValue(.quarter, year: q / 4, part: q % 4 + 1), relative: true)
      }
      guard u.keyIs("year") || u.keyIs("month") || u.keyIs("week") || u.keyIs("day") || u.keyIs("decade") else {
        return nil
      }
      unit =
        u.keyIs("year")
        ? "year" : (u.keyIs("month") ? "month" : (u.keyIs("week") ? "week" : (u.keyIs("decade") ? "decade" : "day")))
      start = i - 2
    } else if i - 1 >= low, t[i - 1].keyIs("the") {
      start = i - 1
    }
    let v: DateValue
    switch unit {
    case "day": v = CivilDate.date(day - 1)
    case "week": v = CivilDate.isoWeek(day - 7)
    case "month":
      v = c.month == 1 ? DateValue(year: c.year - 1, month: 12) : DateValue(year: c.year, month: c.month - 1)
    case "decade": v = DateValue(year: c.year - 10)
    default:
      let last = lastQuarter(prior, before: i)
      // "the year-ago third quarter", "the year-earlier quarter": a quarter a year back (the
      // one named last, else the latest ended).
      var k = i + 1
      let ordinal = word == .yearEarlier && k < end ? DatePeriodWord.ordinals.lookup(t[k]) : nil
      if ordinal != nil { k += 1 }
      if word == .yearEarlier, k < end, t[k].keyIs("quarter") {
        let latest = c.year * 4 + (c.month - 1) / 3 - 1
        let base = last ?? DateValue(.quarter, year: latest / 4, part: latest % 4 + 1)
        return Found(
          firstToken: start, endToken: k + 1,
          value: DateValue(.quarter, year: base.year - 1, part: ordinal ?? base.part ?? 1), relative: true)
      }
      if let q = last, q.year >= c.year - 1 {
        v = DateValue(.quarter, year: q.year - 1, part: q.part)
      } else {
        v = DateValue(year: c.year - 1)
      }
    }
    return Found(firstToken: start, endToken: i + 1, value: v, relative: true)
  }
}
