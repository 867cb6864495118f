import LodeCore

extension DateExtractor {
  /// A period or vague date anchored on a `DatePeriodWord` at token `i`, extended back over
  /// its determiners and modifiers (never before `floor`, the end of the previous date):
  /// "now", "currently", "recently", "the future", "the third quarter", "third-quarter",
  /// "the quarter", "last summer", "the nineties", "20th century", "a year ago".
  func period(at i: Int, floor: Int, prior: [Found]) -> Found? {
    let t = a.tokens
    guard let code = DatePeriodWord.table.lookup(t[i]), let word = DatePeriodWord(rawValue: code / 16) else {
      return nil
    }
    let n = code % 16
    let s = a.sentences[a.sentenceOf[i]]
    let low = max(floor, s.firstToken)
    func prev(_ k: Int) -> Token? { k - 1 >= low ? t[k - 1] : nil }
    func next(_ k: Int) -> Token? { k + 1 < s.endToken ? t[k + 1] : nil }
    func found(_ start: Int, _ end: Int, _ v: DateValue) -> Found {
      Found(firstToken: start, endToken: end, value: v, relative: true)
    }
    switch word {
    case .now, .currently:
      if word == .now, let f = fromNow(at: i, low: low) { return f }
      if word == .now, let p = prev(i), p.keyIs("right") || p.keyIs("until") || p.keyIs("by") || p.keyIs("from") {
        return found(i - 1, i + 1, .present)
      }
      return found(i, i + 1, .present)
    case .current:
      // "the then current price": the past's present.
      if let p = prev(i), p.keyIs("then") { return found(i - 1, i + 1, .past) }
      // "the current quarter", "the current fiscal year"
      let fiscal = next(i)?.keyIs("fiscal") == true
      if next(fiscal ? i + 1 : i) != nil, var v = currentPeriod(fiscal ? i + 2 : i + 1) {
        if fiscal, v.precision == .year { v = DateValue(.fiscalYear, year: v.year) }
        return found(prev(i)?.keyIs("the") == true ? i - 1 : i, fiscal ? i + 3 : i + 2, v)
      }
      guard !t[i].isCapitalised || i == s.firstToken else { return nil }
      return found(i, i + 1, .present)
    case .recently:
      return found(
        prev(i).map { $0.keyIs("more") || $0.keyIs("most") || $0.keyIs("until") } == true ? i - 1 : i, i + 1, .past)
    case .recent:
      guard let nx = next(i), Self.periodPlurals.contains(nx) else { return nil }
      let start = prev(i)?.keyIs("in") == true ? i - 1 : i
      return found(start, i + 2, .past)
    case .future:
      if let p = prev(i), p.keyIs("the") || p.keyIs("near") || p.keyIs("foreseeable") {
        var start = i - 1
        while start > low, t[start - 1].keyIs("near") || t[start - 1].keyIs("foreseeable") || t[start - 1].keyIs("the")
        { start -= 1 }
        return found(start, i + 1, .future)
      }
      if let nx = next(i), Self.periodPlurals.contains(nx) { return found(i, i + 2, .future) }
      return nil
    case .quarter, .half, .period:
      return quarter(at: i, part: n, word: word, low: low, end: s.endToken, prior: prior)
    case .quarters:
      guard let p = prev(i) else { return nil }
      if p.keyIs("coming") || p.keyIs("future") || p.keyIs("next") { return found(i - 1, i + 1, .future) }
      if p.keyIs("recent") || p.keyIs("past") || p.keyIs("several") || p.keyIs("previous") {
        var start = i - 1
        while start > low, t[start - 1].keyIs("past") || t[start - 1].keyIs("several") || t[start - 1].keyIs("the") {
          start -= 1
        }
        return found(start, i + 1, .past)
      }
      return nil
    case .season, .fall:
      return season(at: i, part: n, mustModify: word == .fall, low: low, end: s.endToken)
    case .decadeWord:
      // "the mid-nineties"
      if a.key(i).hasPrefix("mid-") {
        return found(prev(i)?.keyIs("the") == true ? i - 1 : i, i + 1, DateValue(.decade, year: 1900 + 10 * n))
      }
      guard let p = prev(i), p.keyIs("the") || p.keyIs("early") || p.keyIs("late") || p.keyIs("mid") else { return nil }
      return found(i - 1, i + 1, DateValue(.decade, year: 1900 + 10 * n))
    case .century:
      return century(at: i, low: low)
    case .unitNoun:
      return unitNoun(at: i, unit: n, low: low, prior: prior)
    case .ago, .earlier, .yearEarlier:
      if word != .yearEarlier, let f = vagueAgo(at: i, low: low) { return f }
      return yearAgo(at: i, word: word, low: low, end: s.endToken, prior: prior)
    case .fiscal:
      return nil
    case .holiday:
      return holiday(at: i, which: n, low: low, end: s.endToken)
    case .following:
      return following(at: i, low: low, end: s.endToken, prior: prior)
    case .midMonth:
      guard let y = inferYear(month: n, at: i) else { return nil }
      return found(i, i + 1, DateValue(year: y, month: n))
    case .spokenYear:
      return spokenYear(at: i, end: s.endToken)
    case .same:
      return sameDate(at: i, low: low, end: s.endToken, prior: prior)
    case .present:
      // "at present"; "the present" alone ("the present situation" is no date).
      guard let p = prev(i),
        p.keyIs("at")
          || (p.keyIs("the") && next(i).map({ $0.kind == .punct || Self.pastFollowers.contains($0) }) ?? true)
      else { return nil }
      return found(i - 1, i + 1, .present)
    case .days:
      guard let p = prev(i), p.keyIs("these") else { return nil }
      return found(i - 1, i + 1, .present)
    case .moment:
      guard i - 2 >= low, t[i - 1].keyIs("the"), t[i - 2].keyIs("at") || t[i - 2].keyIs("for") else { return nil }
      return found(i - 1, i + 1, .present)
    case .coming:
      guard let p = prev(i), p.keyIs("the"), let nx = next(i), Self.periodPlurals.contains(nx) else { return nil }
      return found(i - 1, i + 2, .future)
    case .yearNoun, .yearEnd:
      // "by year-end", "at year end", "before year's end": the end of the document's year.
      if let p = prev(i), Self.yearEndPrepositions.contains(p), let doc = docDate {
        if word == .yearEnd { return found(i - 1, i + 1, DateValue(year: doc.year)) }
        var e = i + 1
        if e < s.endToken, t[e].kind == .possessive { e += 1 }
        if e < s.endToken, t[e].keyIs("end") { return found(i - 1, e + 1, DateValue(year: doc.year)) }
      }
      guard word == .yearNoun else { return nil }
      return theYear(at: i, low: low, end: s.endToken, prior: prior)
    case .soon:
      // "will soon sign", "expects to recover soon"; not "as soon as", "soon after", a past
      // clause ("was soon released", "soon became").
      if let p = prev(i), Self.notBeforeSoon.contains(p) { return nil }
      if let p = prev(i), Self.modals.contains(p) { return found(i, i + 1, .future) }
      if let nx = next(i), Self.notAfterSoon.contains(nx) || verbTense(i + 1) == .past { return nil }
      guard tense(i) != .past else { return nil }
      return found(i, i + 1, .future)
    }
  }

  /// "current quarter/year/month/week" → the period holding the document date.
  func currentPeriod(_ k: Int) -> DateValue? {
    guard let day = docDay else { return nil }
    let c = CivilDate.civil(day)
    let w = a.tokens[k]
    if w.keyIs("quarter") { return DateValue(.quarter, year: c.year, part: (c.month - 1) / 3 + 1) }
    if w.keyIs("year") { return DateValue(year: c.year) }
    if w.keyIs("month") { return DateValue(year: c.year, month: c.month) }
    if w.keyIs("week") { return CivilDate.isoWeek(day) }
    return nil
  }
}
