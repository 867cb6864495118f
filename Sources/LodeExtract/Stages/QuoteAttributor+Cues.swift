import Foundation

/// Cue words around a quotation: speech verbs after or before it, and "according to X".
extension QuoteAttributor {
  /// A speech verb written in lower case, other than "according".
  static func isCue(_ t: Token) -> Bool { t.has(.speechVerb) && !t.isCapitalised && !t.keyIs("according") }

  /// A cue word used as a noun ("the claim", "Washington's demand") is no cue, nor
  /// "continue" before anything but punctuation or a quotation ("will continue to be"); "shot
  /// back", "lashed out", "points out", "went on" are.
  static func isCue(_ a: DocumentAnalysis, _ k: Int) -> Bool {
    let t = a.tokens[k]
    guard k + 1 < a.tokens.count else { return isCue(t) && !IndirectSpeech.isNoun(a, k) }
    let next = a.tokens[k + 1]
    if backCues.contains(t), !t.isCapitalised {
      return next.keyIs("back") || next.keyIs("out") || next.keyIs("on") || next.keyIs("in")
    }
    guard isCue(t), !IndirectSpeech.isNoun(a, k) else { return false }
    if continueForms.contains(t) {
      // "he continued, \"…\"", "continued: \"We …\"", but not "would continue \"to break barriers\"".
      return next.kind == .punct || (next.kind == .quote && k + 2 < a.tokens.count && a.tokens[k + 2].isCapitalised)
    }
    return true
  }

  /// First cue verb within a few tokens after the closing mark, before any other quotation:
  /// past an appositive (`"…," Jane Roe, the party's chair in Ohio, told AFP`), the full stop
  /// of a title or initial (`Mr. Hale`, `Janet L. Yellen`), and into the next sentence of the
  /// paragraph when the quotation ends its own (`"Is it over?" Roe asked.`).
  static func cueAfter(_ a: DocumentAnalysis, _ q: QuoteSpan, _ s: SentenceRange) -> (Int, String)? {
    guard let close = q.close, close > q.firstToken else { return nil }
    // The cue of `"…," Roe said` follows a quotation that ends with a comma, a question or an
    // exclamation, or that a comma or dash follows: not a partial quotation inside a clause.
    let inner = a.tokens[close - 1]
    let after = close + 1 < a.tokens.count ? a.tokens[close + 1] : inner
    guard
      inner.kind == .punct || after.isPunct(",") || after.isPunct("\u{2014}") || after.isPunct("\u{2013}")
        || (close + 1 < s.endToken && isCue(a, close + 1))
    else { return nil }
    var end = s.endToken
    if close + 1 == end, close >= 2, a.tokens[close - 1].isPunct("?") || a.tokens[close - 1].isPunct("!"),
      a.sentenceOf[close] + 1 < a.sentences.count
    {
      let next = a.sentences[a.sentenceOf[close] + 1]
      if next.firstToken == end, next.paragraph == s.paragraph { end = next.endToken }
    }
    var k = close + 1
    var limit = close + 9
    var bracket = false
    while k < end, k <= limit {
      let t = a.tokens[k]
      if t.kind == .quote || a.inside[k] >= 0 || t.isPunct(";") { return nil }
      // "Sen. Jane Roe (R-Fla.) said": a full stop in brackets or after an abbreviation ends nothing.
      if t.isPunct("(") { bracket = true } else if t.isPunct(")") { bracket = false }
      if t.isPunct("."), !bracket, !(k > close + 1 && abbreviationBefore(a, k)) { return nil }
      if isCue(a, k) { return (k, a.text(of: k)) }
      // `"…," Jane Roe, the party's chairwoman in Ohio, told AFP`: past an appositive.
      if t.isPunct(","), k >= close + 2, k + 1 < end { limit = max(limit, k + 16) }
      k += 1
    }
    return nil
  }

  /// The cue of a clause closing the sentence after the quotation (`"…" would be fine, Roe
  /// said.`, `"…" for the party, said Jane Roe, a pollster at X.`, `"…" that yields "…," he
  /// said.`): the first comma after the quotation (or closing mark of a later quotation that
  /// ends with one) followed within a few words by a cue and its subject, with no cue of
  /// its own between the quotation and that comma. The clause scopes every quotation of the
  /// sentence before it.
  static func finalCue(_ a: DocumentAnalysis, _ q: QuoteSpan, _ s: SentenceRange) -> (Int, Int, String)? {
    guard let close = q.close else { return nil }
    var k = close + 2
    while k < s.endToken {
      let t = a.tokens[k]
      if a.inside[k] >= 0 {
        k += 1
        continue
      }
      if t.isPunct(",") || (t.kind == .quote && a.tokens[k - 1].isPunct(",") && a.inside[k - 1] >= 0) {
        if let v = cueClause(a, after: k, s) { return (k, v, a.text(of: v)) }
      } else if t.isPunct(";") || (t.kind != .quote && isCue(a, k)) {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// The cue of a credit clause right after token `c`: a few words of subject then a cue
  /// (`, Roe said`), or a cue then its subject (`, said Jane Roe`), the clause ending the
  /// sentence or running only into a short adverbial or an appositive (`said Tuesday`,
  /// `said Jane Roe, a pollster`); not a reported clause (`, he said that …`) nor a participle
  /// (`, saying …`).
  static func cueClause(_ a: DocumentAnalysis, after c: Int, _ s: SentenceRange) -> Int? {
    var v = c + 1
    while v < s.endToken, v <= c + 10 {
      let t = a.tokens[v]
      if t.kind == .quote || a.inside[v] >= 0 { return nil }
      if t.kind == .punct, !(t.isPunct(".") && abbreviationBefore(a, v)) { return nil }
      if isCue(a, v) { break }
      v += 1
    }
    guard v < s.endToken, v <= c + 10, isCue(a, v) else { return nil }
    if v == c + 1, a.slicer.keyHasSuffix(a.tokens[v], "ing") { return nil }
    if v + 1 < s.endToken, a.tokens[v + 1].keyIs("that") { return nil }
    // The clause ends the sentence, or a comma ends it within a few words.
    var e = v + 1
    while e < s.endToken, e <= v + 10, !a.tokens[e].isPunct(",") {
      if a.tokens[e].kind == .quote || a.inside[e] >= 0 { return nil }
      e += 1
    }
    return e == s.endToken || a.tokens[e].isPunct(",") || (e + 1 == s.endToken) ? v : nil
  }

  /// The full stop at token `k` ends a title, an abbreviation or an initial ("Mr.", "L.").
  static func abbreviationBefore(_ a: DocumentAnalysis, _ k: Int) -> Bool {
    let t = a.tokens[k - 1]
    guard t.kind == .word, t.isCapitalised else { return false }
    return t.keyCount == 1 || t.has(.title) || Lexicon.abbreviations.contains(t)
  }

  /// Nearest cue verb before the opening mark within `reach` tokens, not across a quotation.
  static func cueBefore(_ a: DocumentAnalysis, _ q: QuoteSpan, _ s: SentenceRange, reach: Int) -> (Int, String)? {
    var k = q.open - 1
    while k >= s.firstToken, k >= q.open - reach {
      let t = a.tokens[k]
      if t.kind == .quote || a.inside[k] >= 0 { return nil }
      if isCue(a, k) { return (k, a.text(of: k)) }
      // `Said Jane Roe, "…"`, `Stated Roe: "…"`: a speech verb opening the sentence.
      if k == s.firstToken, a.tokens[k].isCapitalised, a.tokens[k].has(.speechVerb), k + 1 < q.open,
        a.tokens[k + 1].isCapitalised
      {
        return (k, a.text(of: k))
      }
      k -= 1
    }
    return nil
  }

  /// The index in `a.mentions` of X in "according to X" outside quotations in the sentence,
  /// X a person or organisation.
  static func accordingMention(_ a: DocumentAnalysis, _ s: SentenceRange) -> Int? {
    var k = s.firstToken
    while k + 2 < s.endToken {
      if a.tokens[k].keyIs("according"), a.tokens[k + 1].keyIs("to"), a.inside[k] < 0 {
        var j = k + 2
        while j < s.endToken, j < k + 8 {
          let mi = a.mentionAt[j]
          if mi >= 0, a.mentions[mi].kind == .person || a.mentions[mi].kind == .organisation { return mi }
          if a.tokens[j].isPunct(",") || a.tokens[j].kind == .quote { break }
          j += 1
        }
      }
      k += 1
    }
    return nil
  }
}
