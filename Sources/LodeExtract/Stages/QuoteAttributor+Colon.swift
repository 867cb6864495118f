import Foundation
import LodeCore
import LodeModel

/// Colon lead-ins: a name right before the colon that opens a quotation, and a cue ending the
/// paragraph before with a colon.
extension QuoteAttributor {
  /// The speaker of a quotation opening a paragraph when the previous paragraph ends with
  /// a colon after a cue: `Dr. Roe stated:` / `Roe, a farmer, said that …:`.
  static func colonParagraph(_ a: DocumentAnalysis, _ finder: SubjectFinder, _ si: Int) -> (Attribution, String)? {
    let prev = a.sentences[si - 1]
    guard prev.paragraph == a.sentences[si].paragraph - 1, a.tokens[prev.endToken - 1].isPunct(":") else { return nil }
    var k = prev.endToken - 2
    while k >= prev.firstToken, k >= prev.endToken - 40 {
      if a.tokens[k].kind == .quote || a.inside[k] >= 0 { return nil }
      if isCue(a, k) {
        let c = a.text(of: k)
        guard
          var att = finder.left(of: k, floor: prev.firstToken, cue: c)
            ?? finder.nameAfter(k, end: prev.endToken, cue: c)
        else { return nil }
        att.confidence = min(att.confidence, Confidence.colon)
        return (att, c)
      }
      k -= 1
    }
    return nil
  }

  /// The person named right before the colon that opens a quotation, when the colon follows
  /// the name itself (`Jane Roe: "…"`, `- Rep. Jane Roe: "…"`), not a clause about them.
  static func colonName(
    _ a: DocumentAnalysis, _ finder: SubjectFinder, _ q: QuoteSpan, _ s: SentenceRange
  ) -> Attribution? {
    let k = q.open - 1
    let mi = a.mentionAt[k - 1]
    if mi >= 0, a.mentions[mi].kind == .person || a.mentions[mi].kind == .organisation, a.mentions[mi].endToken == k,
      var att = finder.left(of: k, floor: s.firstToken, cue: ":")
    {
      att.confidence = min(att.confidence, Confidence.colon)
      return att
    }
    // `Q: "…"`: a one-letter label names no one; it is kept as written.
    if k == s.firstToken + 1, a.tokens[s.firstToken].kind == .word, a.tokens[s.firstToken].keyCount == 1,
      a.tokens[s.firstToken].isCapitalised
    {
      let t = a.tokens[s.firstToken]
      let text = a.text(of: s.firstToken)
      return Attribution(
        speakerID: nil, speaker: nil, source: text, sourceStart: t.start, sourceEnd: t.end, method: .unresolved,
        confidence: .zero, why: .text("the transcript label \"" + text + ":\" names no one"), evidenceSentence: nil,
        kind: .unknown)
    }
    guard var att = finder.writtenBefore(k, floor: s.firstToken, cue: ":", strict: true), att.kind == .person,
      att.speaker != nil
    else { return nil }
    att.confidence = min(att.confidence, Confidence.colon)
    return att
  }

  /// A transcript label opening the quoted words (`"MR. ROE: We will …"`): capitals up to a
  /// colon name who speaks (a one-letter label, Q or A, names no one and leaves the quotation
  /// to the other rules).
  static func transcriptLabel(_ a: DocumentAnalysis, _ finder: SubjectFinder, _ q: QuoteSpan) -> Attribution? {
    let f = q.firstToken
    guard f < q.endToken, a.tokens[f].isCapitalised else { return nil }
    var e = f
    while e < q.endToken, e < f + 6, !a.tokens[e].isPunct(":") {
      let t = a.tokens[e]
      guard (t.kind == .word && allCapitals(a, e)) || (t.isPunct(".") && e > f) else { return nil }
      e += 1
    }
    guard e > f, e < q.endToken, e + 1 < q.endToken, a.tokens[e].isPunct(":") else { return nil }
    guard e > f + 1 || a.tokens[f].keyCount > 1 else { return nil }
    let text = a.text(tokens: f, e)
    var att = Attribution(
      speakerID: nil, speaker: text, source: text, sourceStart: a.tokens[f].start, sourceEnd: a.tokens[e - 1].end,
      method: .named, confidence: Confidence.description,
      why: .text("the transcript label \"" + text + ":\" opens the quoted words"), evidenceSentence: a.sentenceOf[f],
      kind: .person)
    if let n = finder.trailingName(f, e) { att.speaker = a.text(tokens: n, e) }
    return att
  }

  /// A word written in capitals only ("O’NEILL", "MR").
  static func allCapitals(_ a: DocumentAnalysis, _ k: Int) -> Bool {
    a.text(of: k).unicodeScalars.allSatisfy { !$0.properties.isLowercase }
  }

  /// A name after a dash closing the sentence after a quotation (`"…." - Jane Roe.`), the way
  /// fact checks and lists credit a quotation.
  static func dashName(_ a: DocumentAnalysis, _ finder: SubjectFinder, _ q: QuoteSpan) -> Attribution? {
    guard let close = q.close, close + 2 < a.tokens.count else { return nil }
    let d = a.tokens[close + 1]
    guard d.kind == .punct, d.first == "-" || d.first == "\u{2014}" || d.first == "\u{2013}",
      d.paragraph == a.tokens[close].paragraph
    else { return nil }
    let s = close + 2
    var e = s
    while e < a.tokens.count, e < s + 4, a.tokens[e].paragraph == d.paragraph, a.tokens[e].kind == .word,
      a.tokens[e].isCapitalised
    {
      e += 1
    }
    guard e > s, e == a.tokens.count || a.tokens[e].paragraph != d.paragraph || a.tokens[e].isPunct(".") else {
      return nil
    }
    return finder.written(s, e, cue: "-")
  }
}
