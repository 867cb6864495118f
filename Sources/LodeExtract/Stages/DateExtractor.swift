import Foundation
import LodeCore

/// Finds dates: absolute (February 24, 2025; 24 Feb 2025; 2025-02-24; February 2025; in 2025;
/// a 2024 report; 2009-2010), periods (the third quarter, last summer, the 1990s, the 20th
/// century, fiscal 1990), vague references (now, the past, the future) and dates relative to
/// the document date (yesterday, on Friday, last week, a year ago). A month or weekday without
/// a year takes the direction its clause's tense gives (`DateTense`); "may" the verb is never
/// May. Without a document date, relative dates are left out.
public struct DateExtractor {
  let a: DocumentAnalysis
  let docDay: Int?
  let docDate: DateValue?
  /// Sentences with a future marker outside quotations.
  let futureSentence: [Bool]

  public init(_ a: DocumentAnalysis, documentDate: DateValue?) {
    self.a = a
    docDate = documentDate
    docDay = documentDate.flatMap(CivilDate.days)
    var f = [Bool](repeating: false, count: a.sentences.count)
    // "next to", "May" (the month) and "planned" (a past act) say nothing of the future.
    // "may have fallen" is a past possibility.
    for (k, t) in a.tokens.enumerated()
    where t.has(.future) && a.inside[k] < 0 && !t.keyIs("next") && !t.isCapitalised && !t.keyIs("planned") {
      if t.keyIs("may"), k + 1 < a.tokens.count, a.tokens[k + 1].keyIs("have") { continue }
      f[a.sentenceOf[k]] = true
    }
    futureSentence = f
  }

  public struct Found: Sendable, Hashable {
    public var firstToken: Int
    public var endToken: Int
    public var value: DateValue
    public var relative: Bool
  }

  public func extract() -> [Found] {
    var out: [Found] = []
    out.reserveCapacity(a.tokens.count / 64 + 4)
    var i = 0
    let n = a.tokens.count
    while i < n {
      if Self.canStart(a.tokens[i]), let f0 = match(at: i, after: out) {
        var f = weekOf(f0, floor: out.last?.endToken ?? 0)
        // Most dates are no second end of a range: test adjacency before reading more.
        if let p = out.last, p.endToken + 1 == f.firstToken, f.relative || p.relative {
          (out[out.count - 1], f) = orderedRange(p, f)
        }
        out.append(f)
        i = f.endToken
        // A range of years ("2009-2010", "1957-58") is two dates.
        if let second = f.value.precision == .year ? rangeEnd(f) : dayListEnd(f) {
          if second.value.year != f.value.year, f.value.precision == .day {
            out[out.count - 1].value = DateValue(year: second.value.year, month: f.value.month, day: f.value.day)
            out[out.count - 1].relative = false
          }
          out.append(second)
          i = second.endToken
        }
      } else {
        i += 1
      }
    }
    return out
  }

  /// "the week of March 6": the ISO week holding that day.
  func weekOf(_ f: Found, floor: Int) -> Found {
    let k = f.firstToken
    guard f.value.precision == .day, k - 2 >= floor, a.tokens[k - 1].keyIs("of"), a.tokens[k - 2].keyIs("week"),
      same(k - 2, k), let z = CivilDate.days(f.value)
    else { return f }
    let start = k - 3 >= floor && a.tokens[k - 3].keyIs("the") ? k - 3 : k - 2
    return Found(firstToken: start, endToken: f.endToken, value: CivilDate.isoWeek(z), relative: f.relative)
  }

  func num(_ i: Int) -> Int? {
    guard i < a.tokens.count, a.tokens[i].kind == .number else { return nil }
    // Number tokens are digits with "," or "." between them; only plain digit runs count.
    var v = 0
    for b in a.slicer.bytes(a.tokens[i]) {
      guard b >= 0x30, b <= 0x39 else { return nil }
      let (m, o1) = v.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(Int(b - 0x30))
      guard !o1, !o2 else { return nil }
      v = s
    }
    return v
  }

  func isYear(_ i: Int) -> Int? {
    guard let y = num(i), a.tokens[i].keyCount == 4, (1900...2100).contains(y) else { return nil }
    return y
  }

  func month(_ i: Int) -> Int? {
    guard i < a.tokens.count, a.tokens[i].kind == .word, a.tokens[i].has(.month),
      let m = Self.monthTable.lookup(a.tokens[i])
    else { return nil }
    guard a.tokens[i].isCapitalised else { return nil }
    // "Jan Kavan": a short month name without its dot before a capitalised word is a name.
    if a.tokens[i].keyCount == 3, !a.tokens[i].endsWithDot, same(i, i + 1), a.tokens[i + 1].kind == .word,
      a.tokens[i + 1].isCapitalised, !a.tokens[i + 1].has(.month)
    {
      return nil
    }
    return m
  }

  func same(_ i: Int, _ j: Int) -> Bool { j < a.tokens.count && a.tokens[j].paragraph == a.tokens[i].paragraph }

  /// A date can start at this token: a number, or a month, weekday, relative or number word.
  @inline(__always) static func canStart(_ tok: Token) -> Bool {
    tok.kind == .number || (tok.kind == .word && !tok.lex.isDisjoint(with: startFlags))
  }
  static let startFlags: LexFlags = [.month, .weekday, .relativeStart, .numberWord, .dateWord]

  /// The date starting (or, for a period word, anchored) at token `i`; `prior` holds the
  /// dates found before it, which a period may extend back to but not into.
  func match(at i: Int, after prior: [Found]) -> Found? {
    if a.tokens[i].kind == .word, a.tokens[i].has(.dateWord),
      let f = period(at: i, floor: prior.last?.endToken ?? 0, prior: prior)
    {
      return f
    }
    guard Self.canStart(a.tokens[i]) else { return nil }
    let t = a.tokens
    // A year is read once: most candidate tokens are no number at all.
    let year = a.tokens[i].kind == .number ? isYear(i) : nil
    // 2025-W09
    if let y = year, same(i, i + 2), t[i + 1].isPunct("-"), !t[i + 1].spaceBefore, t[i + 2].kind == .word,
      !t[i + 2].spaceBefore, t[i + 2].keyCount == 3, t[i + 2].first == "W", let w = Int(a.key(i + 2).dropFirst()),
      (1...53).contains(w)
    {
      return Found(firstToken: i, endToken: i + 3, value: DateValue(year: y, week: w), relative: false)
    }
    // 2025-02-24 / 2025-02
    if let y = year, same(i, i + 2), t[i + 1].isPunct("-"), !t[i + 1].spaceBefore, let m = num(i + 2),
      t[i + 2].keyCount == 2, (1...12).contains(m), !t[i + 2].spaceBefore
    {
      if same(i, i + 4), t[i + 3].isPunct("-"), !t[i + 3].spaceBefore, let d = num(i + 4), t[i + 4].keyCount == 2,
        d >= 1, d <= DateValue.daysIn(month: m, year: y)
      {
        return Found(firstToken: i, endToken: i + 5, value: DateValue(year: y, month: m, day: d), relative: false)
      }
      return Found(firstToken: i, endToken: i + 3, value: DateValue(year: y, month: m), relative: false)
    }
    if year == nil, t[i].kind == .number, same(i, i + 1), t[i + 1].isPunct("/"), let f = slashed(at: i) { return f }
    // Month [.] Day[th] [,] [Year]  |  Month Year  |  prep Month
    if let m = month(i) {
      if t[i].keyIs("may"), !(same(i, i + 1) && (num(i + 1) != nil)),
        !(i > 0 && Self.monthPrepositions.contains(t[i - 1]))
      {
        return nil
      }
      var j = i + 1
      if same(i, j), t[j].isPunct("."), !t[j].spaceBefore { j += 1 }
      if same(i, j), let d = num(j), (1...31).contains(d), t[j].keyCount <= 2 {
        var k = j + 1
        if same(i, k), t[k].kind == .word, WordLists.ordinalSuffixes.contains(t[k]), !t[k].spaceBefore { k += 1 }
        var e = k
        if same(i, e), t[e].isPunct(",") { e += 1 }
        if same(i, e), let y = isYear(e), d <= DateValue.daysIn(month: m, year: y) {
          return Found(firstToken: i, endToken: e + 1, value: DateValue(year: y, month: m, day: d), relative: false)
        }
        if let y = inferYear(month: m, day: d, at: i), d <= DateValue.daysIn(month: m, year: y) {
          return Found(firstToken: i, endToken: k, value: DateValue(year: y, month: m, day: d), relative: true)
        }
        return nil
      }
      if same(i, j), let y = isYear(j) {
        let v = DateValue(year: y, month: m)
        return Found(
          firstToken: approxStart(i), endToken: j + 1, value: approx(i) ? v.approximate() : v, relative: false)
      }
      if let f = spokenMonthDay(m, at: i, floor: prior.last?.endToken ?? 0) { return f }
      let afterDash = i > 1 && t[i - 1].isPunct("-") && Self.approxWords.contains(t[i - 2])
      guard i > 0, Self.monthPrepositions.contains(t[i - 1]) || afterDash else { return nil }
      // "July last year", "March this year", "last February", "next April".
      if same(i, i + 2), t[i + 2].keyIs("year"), let doc = docDate,
        let shift = t[i + 1].keyIs("last") ? -1 : (t[i + 1].keyIs("this") ? 0 : (t[i + 1].keyIs("next") ? 1 : nil))
      {
        return Found(
          firstToken: approxStart(i), endToken: i + 3, value: DateValue(year: doc.year + shift, month: m),
          relative: true)
      }
      let last = t[i - 1].keyIs("last"), next = t[i - 1].keyIs("next")
      // "this September": the document's year.
      if t[i - 1].keyIs("this"), let doc = docDate {
        return Found(firstToken: i - 1, endToken: i + 1, value: DateValue(year: doc.year, month: m), relative: true)
      }
      if let y = inferYear(month: m, at: i, tense: last ? .past : (next ? .future : nil)) {
        let v = DateValue(year: y, month: m)
        let start = last || next ? i - 1 : approxStart(i)
        return Found(firstToken: start, endToken: i + 1, value: approx(i) ? v.approximate() : v, relative: true)
      }
      return nil
    }
    // Day Month [Year]: 24 February 2025, 24 Feb 2025
    if let d = num(i), (1...31).contains(d), t[i].keyCount <= 2, same(i, i + 1), let m = month(i + 1) {
      var j = i + 2
      if same(i, j), t[j].isPunct("."), !t[j].spaceBefore { j += 1 }
      if same(i, j), let y = isYear(j), d <= DateValue.daysIn(month: m, year: y) {
        return Found(firstToken: i, endToken: j + 1, value: DateValue(year: y, month: m, day: d), relative: false)
      }
      if let y = inferYear(month: m, day: d, at: i), d <= DateValue.daysIn(month: m, year: y) {
        return Found(firstToken: i, endToken: i + 2, value: DateValue(year: y, month: m, day: d), relative: true)
      }
      return nil
    }
    if let y = year { return bareYear(y, at: i) }
    if let f = decadeOrCentury(at: i) { return f }
    return relative(at: i, prior: prior)
  }

  func approx(_ i: Int) -> Bool {
    var k = i - 1
    if k >= 0, a.tokens[k].isPunct("-") { k -= 1 }
    return k >= 0 && Self.approxWords.contains(a.tokens[k])
  }

  func approxStart(_ i: Int) -> Int {
    guard approx(i) else { return i }
    return a.tokens[i - 1].isPunct("-") ? i - 2 : i - 1
  }
}
