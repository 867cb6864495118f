import LodeCore

extension DateExtractor {
  /// A year standing alone: after a preposition or determiner ("in 2025", "a 2024 report",
  /// "the 1988 period", "mid-2025", "(2024)"), or before punctuation; never before a scale
  /// or unit ("2024 million", "2024%"), after a currency sign, or as a count ("2000 troops").
  /// "1990s" is a decade.
  func bareYear(_ y: Int, at i: Int) -> Found? {
    let t = a.tokens
    let first = a.sentences[a.sentenceOf[i]].firstToken
    let prev: Token? = i > first ? t[i - 1] : nil
    let after: Token? = same(i, i + 1) && a.sentenceOf[i + 1] == a.sentenceOf[i] ? t[i + 1] : nil
    if let after, Self.scaleOrUnit.contains(after) || after.isPunct("%") { return nil }
    if let prev, prev.kind == .punct, Self.currencySigns.contains(prev.first) { return nil }
    if yearBeforeQuarter(i) { return nil }
    // "February 30, 2025": the year of a day that does not exist is no date of its own.
    if let prev, prev.isPunct(","), i >= 3, t[i - 2].kind == .number, t[i - 3].kind == .word, t[i - 3].has(.month) {
      return nil
    }
    // "Orion 1980", "Vision 2030": a year straight after a capitalised word (no month) is a name.
    if let prev, prev.kind == .word, prev.isCapitalised, !prev.has(.month), i - 1 > first { return nil }
    // "1990s", "the 1980's"
    if let after,
      (after.kind == .word && after.keyIs("s")) || (after.kind == .possessive && y % 10 == 0 && isDecadeContext(i)),
      !after.spaceBefore
    {
      return Found(firstToken: approxStart(i), endToken: i + 2, value: DateValue(.decade, year: y), relative: false)
    }
    // "the 1980's" with the apostrophe read as a quote mark before "s".
    if let after, y % 10 == 0, !after.spaceBefore, after.first == "'" || after.first == "\u{2019}", same(i, i + 2),
      t[i + 2].kind == .word, t[i + 2].keyIs("s"), !t[i + 2].spaceBefore, isDecadeContext(i)
    {
      return Found(firstToken: approxStart(i), endToken: i + 3, value: DateValue(.decade, year: y), relative: false)
    }
    var ok = false
    if let prev {
      ok =
        Self.yearPrepositions.contains(prev) || Self.yearDeterminers.contains(prev) || prev.isPunct("(")
        || (prev.isPunct("-") && i > 1
          && (Self.approxWords.contains(t[i - 2]) || t[i - 2].keyIs("pre") || t[i - 2].keyIs("post")))
        || (prev.kind == .word && prev.has(.month)) || prev.kind == .possessive
        // "in 1994, 1995 and 1997"
        || ((prev.isPunct(",") || prev.keyIs("and") || prev.keyIs("or")) && i > 1 && isYear(i - 2) != nil)
    } else {
      ok = true
    }
    if !ok, let after, after.kind == .punct, !isCount(prev), prev?.kind != .number {
      ok = [",", ".", ";", ":", ")", "-", "\u{2013}"].contains(after.first)
    }
    if !ok, after == nil, !isCount(prev) { ok = true }
    // "approved 1990 spending": a year before a noun that is no plural count ("2000 troops").
    if !ok, let after, after.kind == .word, !after.isCapitalised, !isCount(prev), prev?.kind != .number,
      !a.slicer.keyHasSuffix(after, "s"), !Self.countNouns.contains(after), !Self.notAfterYear.contains(after)
    {
      ok = true
    }
    guard ok else { return nil }
    if let prev, prev.keyIs("year"), i > 1, t[i - 2].keyIs("fiscal") {
      return Found(firstToken: i - 2, endToken: i + 1, value: DateValue(.fiscalYear, year: y), relative: false)
    }
    if let prev, prev.keyIs("fiscal") || prev.keyIs("fy") {
      return Found(firstToken: i - 1, endToken: i + 1, value: DateValue(.fiscalYear, year: y), relative: false)
    }
    let v = DateValue(year: y)
    return Found(firstToken: approxStart(i), endToken: i + 1, value: approx(i) ? v.approximate() : v, relative: false)
  }

  func isCount(_ t: Token?) -> Bool { t.map { Self.countWords.contains($0) } ?? false }

  /// "the 1980's" (a decade) and not "1990's budget" (a year's): a determiner before it.
  func isDecadeContext(_ i: Int) -> Bool {
    guard i > 0 else { return false }
    let p = a.tokens[i - 1]
    return p.keyIs("the") || p.keyIs("early") || p.keyIs("late") || p.keyIs("mid") || p.isPunct("-")
  }

  /// The second year of a range after a year: "2009-2010", "1957-58", "2009–10".
  func rangeEnd(_ f: Found) -> Found? {
    let t = a.tokens
    let j = f.endToken
    guard same(j - 1, j + 1), t[j].kind == .punct, t[j].first == "-" || t[j].first == "\u{2013}",
      !t[j].spaceBefore, !t[j + 1].spaceBefore, let n = num(j + 1)
    else { return nil }
    let y = f.value.year
    var second: Int
    switch t[j + 1].keyCount {
    case 2: second = y - y % 100 + n; if second <= y { second += 100 }
    case 4: second = n
    default: return nil
    }
    guard second > y, second <= y + 50 else { return nil }
    return Found(firstToken: j + 1, endToken: j + 2, value: DateValue(year: second), relative: false)
  }

  /// "the '80s", "80s" (the 1980s, the decade of the last century), "20th century",
  /// "20th-century" (TimeML: 19).
  func decadeOrCentury(at i: Int) -> Found? {
    let t = a.tokens
    guard let n = num(i), same(i, i + 1) else { return nil }
    let next = t[i + 1]
    // "the 1800s": a decade before the years read as years (1900–2100).
    if t[i].keyCount == 4, n % 10 == 0, (1000...1890).contains(n), next.kind == .word, next.keyIs("s"),
      !next.spaceBefore
    {
      return Found(firstToken: approxStart(i), endToken: i + 2, value: DateValue(.decade, year: n), relative: false)
    }
    if n % 10 == 0, n < 100, t[i].keyCount == 2, (next.kind == .word && next.keyIs("s")) || next.kind == .possessive,
      !next.spaceBefore,
      !(i > 0 && Self.agePossessives.contains(t[i - 1]))
    {
      let start = i > 0 && t[i - 1].kind == .quote && !t[i].spaceBefore ? i - 1 : i
      return Found(firstToken: start, endToken: i + 2, value: DateValue(.decade, year: 1900 + n), relative: false)
    }
    if (1...30).contains(n), next.kind == .word, !next.spaceBefore {
      if next.keyIs("th-century") || next.keyIs("st-century") {
        return Found(firstToken: i, endToken: i + 2, value: DateValue(.century, year: (n - 1) * 100), relative: false)
      }
      if WordLists.ordinalSuffixes.contains(next), same(i, i + 2), t[i + 2].keyIs("century") {
        return Found(firstToken: i, endToken: i + 3, value: DateValue(.century, year: (n - 1) * 100), relative: false)
      }
    }
    return nil
  }
}

extension DateExtractor {
  /// "8/7/1998", "8/7/98": month/day/year (day/month/year when the first number is over 12).
  func slashed(at i: Int) -> Found? {
    let t = a.tokens
    guard same(i, i + 4), let p = num(i), t[i].keyCount <= 2, t[i + 1].isPunct("/"), !t[i + 1].spaceBefore,
      let q = num(i + 2), t[i + 2].keyCount <= 2, !t[i + 2].spaceBefore, t[i + 3].isPunct("/"), !t[i + 3].spaceBefore,
      let y0 = num(i + 4), !t[i + 4].spaceBefore, t[i + 4].keyCount == 2 || t[i + 4].keyCount == 4
    else { return nil }
    let y = t[i + 4].keyCount == 4 ? y0 : (y0 < 50 ? 2000 + y0 : 1900 + y0)
    let (m, d) = p > 12 ? (q, p) : (p, q)
    guard (1...12).contains(m), d >= 1, d <= DateValue.daysIn(month: m, year: y) else { return nil }
    return Found(firstToken: i, endToken: i + 5, value: DateValue(year: y, month: m, day: d), relative: false)
  }
}

extension DateExtractor {
  /// A date in the document's first two paragraphs that is followed by a dash, an opening
  /// bracket or the end of its line: a dateline ("April 30, 2025 —") or a dated headline.
  static func isDateline(_ f: Found, _ a: DocumentAnalysis) -> Bool {
    let t = a.tokens
    guard f.firstToken < t.count, t[f.firstToken].paragraph <= 1 else { return false }
    guard f.endToken < t.count, t[f.endToken].paragraph == t[f.firstToken].paragraph else { return true }
    let next = t[f.endToken]
    return next.kind == .punct && (next.first == "—" || next.first == "–" || next.first == "-" || next.first == "(")
  }
}
