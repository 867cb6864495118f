import LodeCore

extension DateExtractor {
  /// Seasons: "last summer" (last year's), "this summer", "the summer", "summer 2012", "the
  /// summer of 1994", "next spring"; "fall" only with a determiner or a year.
  func season(at i: Int, part: Int, mustModify: Bool, low: Int, end: Int) -> Found? {
    let t = a.tokens
    var start = i
    var shift = 0
    var modified = false
    while start - 1 >= low {
      let p = t[start - 1]
      if p.keyIs("last") { shift = -1 } else if p.keyIs("next") { shift = 1 }
      // "this past summer": the latest summer over before the document date ("last summer"
      // is the year before's, as TimeML annotators read it).
      if p.keyIs("past"), part < 4, let doc = docDate {
        shift = (doc.month ?? 12) > [5, 8, 11][part - 1] ? 0 : -1
      }
      if Self.seasonModifiers.contains(p) {
        modified = true
        start -= 1
      } else {
        break
      }
    }
    var endToken = i + 1
    var year: Int?
    if endToken < end, let y = isYear(endToken) {
      year = y
      endToken += 1
    } else if endToken + 1 < end, t[endToken].keyIs("of"), let y = isYear(endToken + 1) {
      year = y
      endToken += 2
    }
    guard !mustModify || modified || year != nil else { return nil }
    // "the fall in prices", "the fall of the regime": the noun, no season.
    if mustModify, year == nil, t[i - 1].keyIs("the") || t[i - 1].keyIs("a"), endToken < end,
      Self.afterFallNoun.contains(t[endToken])
    {
      return nil
    }
    guard year != nil || !t[i].isCapitalised || modified || i == a.sentences[a.sentenceOf[i]].firstToken else {
      return nil
    }
    guard let y = year ?? docDate.map({ $0.year + shift }) else { return nil }
    return Found(
      firstToken: start, endToken: endToken, value: DateValue(.season, year: y, part: part), relative: year == nil)
  }

  /// "the 20th century", "the twentieth century" (TimeML 19).
  func century(at i: Int, low: Int) -> Found? {
    let t = a.tokens
    if i - 1 >= low, let n = DatePeriodWord.centuryOrdinals.lookup(t[i - 1]) {
      let start = i - 2 >= low && t[i - 2].keyIs("the") ? i - 2 : i - 1
      return Found(firstToken: start, endToken: i + 1, value: DateValue(.century, year: (n - 1) * 100), relative: false)
    }
    return nil
  }
}
