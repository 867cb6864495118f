/// Where a sentence's subject starts: past a dateline, conjunctions and an opening phrase,
/// and the head noun of a description.
extension SubjectFinder {
  /// The first word of a sentence's subject: past conjunctions, a dateline and an opening
  /// phrase up to its comma ("In line with …, Sen. Ted Cruz was …").
  func subjectStart(_ s: SentenceRange) -> Int? {
    var k = afterDateline(s)
    var steps = 0
    while k < s.endToken, steps < 6 {
      if a.inside[k] >= 0 {
        k = a.quotes[a.inside[k]].endToken
        continue
      }
      guard a.tokens[k].kind != .word || (WordLists.clauseLinks.contains(a.tokens[k]) || a.tokens[k].keyIs("then"))
      else { break }
      k += 1
      steps += 1
    }
    guard k < s.endToken else { return nil }
    return skipOpeningPhrase(k, s)
  }

  /// Past an opening phrase and its comma ("In line with …, Sen. Ted Cruz was …", "Hours
  /// later, Trump …"): an opener word, or a few words naming nobody before the comma.
  func skipOpeningPhrase(_ k: Int, _ s: SentenceRange) -> Int? {
    // After an opener the comma may come 20 words on; otherwise within four words and
    // before any name, so the scan stops at the fifth word or the first name.
    // "Continuing to explain …, Roe said": a participle opens a phrase too.
    let opener =
      Self.openers.contains(a.tokens[k]) || (a.tokens[k].isCapitalised && a.slicer.keyHasSuffix(a.tokens[k], "ing"))
    let limit = opener ? k + 20 : k + 5
    var c = k
    var named = false
    while c < s.endToken, c < limit, !a.tokens[c].isPunct(","), a.tokens[c].kind != .quote {
      if !opener, a.mentionAt[c] >= 0 || pronoun(a.tokens[c]) != nil {
        named = true
        break
      }
      c += 1
    }
    var start = k
    if !named, c < s.endToken, a.tokens[c].isPunct(","), opener || c - k <= 4 { start = c + 1 }
    return start < s.endToken && a.inside[start] < 0 ? start : nil
  }

  /// The first token after a dateline ("WASHINGTON (AP) — ", "MEXICO CITY, Feb. 8 (UPI) — ")
  /// when the sentence opens its paragraph with one, else the sentence's first token.
  func afterDateline(_ s: SentenceRange) -> Int {
    let f = s.firstToken
    guard f == 0 || a.tokens[f - 1].paragraph != a.tokens[f].paragraph else { return f }
    var k = f
    while k < s.endToken, k < f + 12 {
      let t = a.tokens[k]
      if t.kind == .punct, t.first == "\u{2014}" || t.first == "\u{2013}" || (t.first == "-" && t.spaceBefore) {
        return k > f ? k + 1 : f
      }
      let datelike =
        (t.kind == .word && (t.isCapitalised || t.endsWithDot)) || t.kind == .number
        || (t.kind == .punct && (t.first == "," || t.first == "(" || t.first == ")" || t.first == "."))
      if !datelike { return f }
      k += 1
    }
    return f
  }
}
