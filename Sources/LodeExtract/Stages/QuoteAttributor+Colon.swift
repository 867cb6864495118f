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
        guard var att = finder.left(of: k, floor: prev.firstToken, cue: c) ?? finder.nameAfter(k, end: prev.endToken, cue: c)
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
  static func colonName(_ a: DocumentAnalysis, _ finder: SubjectFinder, _ q: QuoteSpan, _ s: SentenceRange) -> Attribution? {
    let k = q.open - 1
    let mi = a.mentionAt[k - 1]
    if mi >= 0, a.mentions[mi].kind == .person || a.mentions[mi].kind == .organisation, a.mentions[mi].endToken == k,
      var att = finder.left(of: k, floor: s.firstToken, cue: ":")
    {
      att.confidence = min(att.confidence, Confidence.colon)
      return att
    }
    guard var att = finder.writtenBefore(k, floor: s.firstToken, cue: ":", strict: true), att.kind == .person,
      att.speaker != nil
    else { return nil }
    att.confidence = min(att.confidence, Confidence.colon)
    return att
  }
}
