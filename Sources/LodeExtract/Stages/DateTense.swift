import LodeCore

extension DateExtractor {
  /// Which way a date without a year (or a weekday) points from the document date.
  enum Tense { case past, future, unknown }

  /// The tense of the clause around token `i`: the nearest verb before it in its clause
  /// ("will visit on Friday", "said on Wednesday"), else, for a date opening its clause, the
  /// nearest after it ("On May 6, Kopp was charged"), else a future marker anywhere in the
  /// sentence outside quotations. `throughDeterminer` reads the clause even when a determiner
  /// makes the date part of a noun phrase ("a third-quarter loss": the loss is when its
  /// quarter is).
  func tense(_ i: Int, throughDeterminer: Bool = false) -> Tense {
    let s = a.sentences[a.sentenceOf[i]]
    // "the Jan. 14 deadline", "a Jan. 14 return date": the date names a thing, not when the
    // clause's verb happened.
    if !throughDeterminer, i > s.firstToken, Self.determiners.contains(a.tokens[i - 1]) || a.tokens[i - 1].kind == .possessive {
      return .unknown
    }
    // "since August" has happened.
    if i > s.firstToken, a.tokens[i - 1].keyIs("since") { return .past }
    var k = i - 1
    // Only prepositions and determiners between the clause's start and the date.
    var clauseStart = true
    // No verb between the clause's start and the date ("Unisys's announcement Friday of a
    // loss showed …"): the verb after it tells, up to the clause's end.
    var noVerbBefore = true
    while k >= s.firstToken {
      let t = a.tokens[k]
      if t.isPunct(",") || t.isPunct(";") || t.kind == .quote { break }
      if k < i - 10 {
        clauseStart = false
        noVerbBefore = false
        break
      }
      if let v = verbTense(k) { return v }
      if !Self.clauseOpeners.contains(t) { clauseStart = false }
      k -= 1
    }
    // A date opening its clause ("On May 6, Kopp was charged") takes the verb after it.
    k = i + 1
    var commas = 0
    let commasAllowed = clauseStart ? 2 : 0
    while clauseStart || noVerbBefore, k < s.endToken, k <= i + 12 {
      let t = a.tokens[k]
      if t.isPunct(",") { commas += 1 }
      if t.isPunct(";") || t.kind == .quote || commas > commasAllowed { break }
      if let v = verbTense(k) { return v }
      k += 1
    }
    return futureSentence[a.sentenceOf[i]] ? .future : .unknown
  }

  /// A future marker ("will", "expected", "to" before a verb is not one) or a past verb.
  func verbTense(_ k: Int) -> Tense? {
    let t = a.tokens[k]
    guard t.kind == .word, !t.isCapitalised || k == a.sentences[a.sentenceOf[k]].firstToken else { return nil }
    if t.has(.future), !t.keyIs("may"), !t.keyIs("next") { return .future }
    if Self.comingWords.contains(t) { return .future }
    // The present of a timetable looks ahead: "the ministers meet Monday", "talks resume in
    // June" ("did not meet" is past).
    if Self.scheduledPresent.contains(t), !(k > 0 && Self.beforeBareVerb.contains(a.tokens[k - 1])) { return .future }
    if pastVerb(t) {
      // "must be returned by Jan. 14" looks ahead; "is expected", "to be signed" say nothing;
      // "the preferred shares", "9.5 million preferred shares" are adjectives.
      if k > 0, a.tokens[k - 1].keyIs("be") { return .future }
      if k > 0,
        Self.presentAuxiliaries.contains(a.tokens[k - 1]) || Self.determiners.contains(a.tokens[k - 1])
          || a.tokens[k - 1].kind == .number || Self.scaleOrUnit.contains(a.tokens[k - 1])
      {
        return nil
      }
      // "preferred shares": a participle before a noun (not after a pronoun: "it announced plans").
      if k + 1 < a.tokens.count, !(k > 0 && Self.subjectPronouns.contains(a.tokens[k - 1])),
        a.tokens[k + 1].kind == .word, !a.tokens[k + 1].isCapitalised,
        !a.tokens[k + 1].has(.month), !a.tokens[k + 1].has(.weekday), !Self.functionWords.contains(a.tokens[k + 1])
      {
        return nil
      }
      return .past
    }
    return nil
  }

  func pastVerb(_ t: Token) -> Bool {
    Self.irregularPast.contains(t)
      || (t.keyCount > 4 && a.slicer.keyHasSuffix(t, "ed") && !WordLists.notPastVerbs.contains(t)
        && !Self.notPast.contains(t))
  }

  static let futureSlackDays = 7
  /// News mostly reports what has happened: an untensed month or day ahead of the document
  /// date is taken only when it is under a quarter as far as the one behind ("In January, …"
  /// in an October article is that year's January).
  static let aheadWeight = 4

  /// The year of a month (and day) named without one: of the document's year and the years
  /// either side, the latest not after the document date when the clause is past, the first
  /// not before it when future, else the nearest.
  func inferYear(month m: Int, day d: Int? = nil, at i: Int, tense forced: Tense? = nil) -> Int? {
    guard let doc = docDate, let docDay else { return nil }
    let tense = forced ?? tense(i)
    var best: Int?
    var bestDistance = Int.max
    for y in [doc.year - 1, doc.year, doc.year + 1] {
      let dd = min(d ?? 1, DateValue.daysIn(month: m, year: y))
      let first = CivilDate.days(y, m, d == nil ? 1 : dd)
      let last = CivilDate.days(y, m, d == nil ? DateValue.daysIn(month: m, year: y) : dd)
      switch tense {
      case .past where first > docDay: continue
      // A report can be dated a few days after it was written: "must leave by May 12" in a
      // piece dated 14 May is this year's May 12, not next year's.
      case .future where last < docDay - Self.futureSlackDays: continue
      default: break
      }
      // An untensed date ahead counts four times its distance (`aheadWeight`).
      let distance = first > docDay ? Self.aheadWeight * (first - docDay) : (last < docDay ? docDay - last : 0)
      if distance < bestDistance || (distance == bestDistance && tense == .past) {
        best = y
        bestDistance = distance
      }
    }
    return best
  }
}
