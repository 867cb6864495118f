import Foundation
import LodeCore
import LodeModel

/// Quotation marks that hold no quotation (titles, labels, scare quotes, words in single
/// marks) and quotations that continue over paragraphs.
extension QuoteAttributor {
  /// A title or label (at most five words, each capitalised but for small words: "Make America
  /// Great Again", "Sunday Morning Futures") woven into a sentence or that no speech cue
  /// attributes, unless a verb of calling or a chant gives it as said; a headline credited with
  /// ", by X"; an excerpt followed by its link that no cue attributes; or words in single
  /// marks no speech verb attributes ("‘bad angels’", a headline's "X: ‘…’"): none is a quotation.
  static func isLabel(_ a: DocumentAnalysis, _ q: QuoteSpan, cue: String?, partial: Bool) -> Bool {
    if a.tokens[q.open].kind != .quote { return cue == nil || cue == ":" }
    if cue == nil, !partial, creditedTitle(a, q) || linkedExcerpt(a, q) { return true }
    // A title woven into a sentence is one even after a verb ("read the book \"Mines of Tomorrow\"").
    guard cue == nil || partial else { return false }
    var words = 0
    for k in q.firstToken..<q.endToken {
      let t = a.tokens[k]
      // A question or an exclamation is said, not a title ("Mr. Roe?", "Ted! Ted!").
      if t.isPunct("?") || t.isPunct("!") { return false }
      guard t.kind == .word else { continue }
      words += 1
      if words > 5 || !(t.isCapitalised || (words > 1 && titleWords.contains(t))) { return false }
    }
    // A name someone calls a thing is quoted as said: a verb of calling is a speech cue
    // ("what he called the \"Iron Wall\"", "called Roe \"Little Jane\"", "dubbed the \"…\""),
    // and so is a chant or slogan ("chants of \"Jane, Jane\""). A title merely given ("a book
    // titled \"…\"", "known as \"…\"") stays a label.
    return words > 0 && !calledName(a, q)
  }

  /// A headline or title credited to its writer with "by" after its comma (`"Mine to reopen,"
  /// by Jane Roe:` in a news digest, `“Mines of Tomorrow,” by John Doe`): a title, not words
  /// someone said.
  static func creditedTitle(_ a: DocumentAnalysis, _ q: QuoteSpan) -> Bool {
    guard let close = q.close else { return false }
    var k = close + 1
    if k < a.tokens.count, a.tokens[k].isPunct(",") {
      k += 1
    } else if !(close > q.firstToken && a.tokens[close - 1].isPunct(",")) {
      return false
    }
    guard k + 1 < a.tokens.count, a.tokens[k].kind == .word, a.tokens[k].keyIs("by"), !a.tokens[k].isCapitalised
    else { return false }
    let next = a.tokens[k + 1]
    return next.kind == .word && (next.isCapitalised || WordLists.articles.contains(next))
  }

  /// An excerpt of a linked article: a web address follows the closing mark on its line
  /// (`by Jane Roe: "The mine reopened on Monday…" http://example.com/a1` in a news digest).
  /// Words someone said are credited to them, not to a link.
  static func linkedExcerpt(_ a: DocumentAnalysis, _ q: QuoteSpan) -> Bool {
    guard let close = q.close else { return false }
    var k = a.tokens[close].end
    let n = a.slicer.scalarCount
    while k < n, a.ascii(at: k) == 0x20 { k += 1 }
    func starts(_ prefix: String) -> Bool {
      let bytes = Array(prefix.utf8)
      guard k + bytes.count <= n else { return false }
      return bytes.indices.allSatisfy { a.ascii(at: k + $0) == bytes[$0] }
    }
    return starts("http://") || starts("https://") || starts("www.")
  }

  /// Whether a verb of calling or a noun of words said comes right before the quotation, past
  /// determiners, "of" and a comma ("called the \"…\"", "chants of \"…\"") or past one
  /// capitalised word, the verb's object ("called Roe \"…\"").
  static func calledName(_ a: DocumentAnalysis, _ q: QuoteSpan) -> Bool {
    let s = a.sentences[a.sentenceOf[q.open]]
    var k = q.open - 1
    while k >= s.firstToken,
      a.tokens[k].isPunct(",")
        || (a.tokens[k].kind == .word && (WordLists.determiners.contains(a.tokens[k]) || a.tokens[k].keyIs("of")))
    {
      k -= 1
    }
    guard k >= s.firstToken, a.tokens[k].kind == .word else { return false }
    if callingVerbs.contains(a.tokens[k]) || speechNouns.contains(a.tokens[k]) { return true }
    guard a.tokens[k].isCapitalised, k - 1 >= s.firstToken, a.tokens[k - 1].kind == .word else { return false }
    return callingVerbs.contains(a.tokens[k - 1])
  }

  /// Quote `last` (still open at its paragraph's end) extended over a continuation paragraph's
  /// quotation ending at scalar `end`; the continuation's own attribution replaces one that
  /// only carried a speaker over or found none (`"…` ¶ `"…," Roe said.`).
  static func continued(
    _ a: DocumentAnalysis, _ last: Quote, _ q: QuoteSpan, to end: Int, _ att: Attribution, cue: String?
  ) -> Quote {
    var m = last
    // The words of both paragraphs, one space between them (not the break and the new mark).
    m.text = m.text + " " + trimmedText(a, q.start, end)
    m.provenance.span = SourceSpan(m.provenance.span.start, end)
    let weak = m.method == .unresolved || m.method == .adjacent
    guard weak, att.method != .unresolved, att.method != .adjacent else { return m }
    m.speaker = att.speaker
    m.speakerID = att.speakerID
    m.source = att.source.isEmpty ? nil : att.source
    m.sourceSpan = att.source.isEmpty ? nil : SourceSpan(att.sourceStart, att.sourceEnd)
    m.sourceKind = att.source.isEmpty ? nil : att.kind
    m.cue = cue
    m.method = att.method
    m.confidence = att.confidence.decimal
    m.explanation = att.explanation
    m.evidenceSentence = att.evidenceSentence
    return m
  }
}
