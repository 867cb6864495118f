import Foundation
import LodeCore
import LodeModel

/// The speaker of an enclosing clause: a cue whose subject only repeats, as a pronoun, the
/// subject of an earlier cue in its sentence (`Roe said she would call it "…"`), and a
/// document someone issues (`Roe issued a statement saying "…"`).
extension QuoteAttributor {
  /// `Roe said Tuesday that she would call it "…"`: when the subject of the quotation's cue
  /// is a pronoun and an earlier cue of the sentence has the same person as its subject, the
  /// quotation is reported by that outer clause and its subject is the source (the speaker
  /// is the same person). A pronoun after "and" or "but" opens a clause of its own.
  static func outerSpeaker(
    _ a: DocumentAnalysis, _ finder: SubjectFinder, _ att: Attribution, cue v: Int, _ s: SentenceRange
  ) -> (Attribution, String)? {
    guard att.method == .pronoun, let id = att.speakerID else { return nil }
    var p = v - 1
    while p >= s.firstToken, p > v - 40, a.tokens[p].start != att.sourceStart { p -= 1 }
    guard p > s.firstToken, p > v - 40, finder.pronoun(a.tokens[p]) != nil else { return nil }
    if a.tokens[p - 1].keyIs("and") || a.tokens[p - 1].keyIs("but") || a.tokens[p - 1].isPunct(";") { return nil }
    var u = p - 1
    while u >= s.firstToken, u > p - 40 {
      if a.tokens[u].isPunct(";") { return nil }
      if a.inside[u] < 0, a.tokens[u].kind != .quote, isCue(a, u) {
        let c = a.text(of: u)
        guard var outer = finder.left(of: u, floor: s.firstToken, cue: c), outer.speakerID == id else { return nil }
        outer.explanation = outer.explanation + "; the quotation's cue \"" + a.text(of: v) + "\" is in what it reports"
        return (outer, c)
      }
      u -= 1
    }
    return nil
  }

  /// `Roe issued a statement saying "…"`: a document that is the object of a verb of issuing
  /// speaks for whoever issued it; the subject of that verb is the source.
  static func issuer(
    _ a: DocumentAnalysis, _ finder: SubjectFinder, _ att: Attribution, cue v: Int, _ s: SentenceRange
  ) -> (Attribution, String)? {
    guard att.kind == .document, att.speakerID == nil else { return nil }
    var d = v - 1
    while d >= s.firstToken, d > v - 12, a.tokens[d].start != att.sourceStart { d -= 1 }
    guard d > s.firstToken + 1, d > v - 12, a.tokens[d].keyIs("a") || a.tokens[d].keyIs("an") else { return nil }
    var u = d - 1
    if a.tokens[u].keyIs("out"), u > s.firstToken { u -= 1 }
    guard issuingVerbs.contains(a.tokens[u]), !a.tokens[u].isCapitalised else { return nil }
    let c = a.text(of: u)
    guard
      var sub = finder.left(of: u, floor: s.firstToken, cue: c) ?? finder.writtenBefore(u, floor: s.firstToken, cue: c)
    else { return nil }
    sub.explanation = sub.explanation + "; \"" + att.source + "\" is what it " + c
    return (sub, c)
  }
}

extension QuoteAttributor {
  /// `"…," Roe said, according to a transcript` / `"…," Roe said, the Times reported`: a
  /// source that reports the cue's whole clause, later in the sentence after token `v`,
  /// is the quotation's source.
  static func reporter(
    _ a: DocumentAnalysis, _ finder: SubjectFinder, after v: Int, _ s: SentenceRange
  ) -> (Attribution, String)? {
    var k = v + 1
    while k + 2 < s.endToken {
      if a.inside[k] >= 0 || a.tokens[k].kind == .quote {
        k += 1
        continue
      }
      if a.tokens[k].keyIs("according"), a.tokens[k + 1].keyIs("to") {
        var j = k + 2
        while j < s.endToken, j < k + 8 {
          let mi = a.mentionAt[j]
          if mi >= 0, a.mentions[mi].kind == .person || a.mentions[mi].kind == .organisation {
            var att = finder.namedAccording(mi)
            att.method = .according
            att.confidence = Confidence.according
            return (att, "according to")
          }
          if a.tokens[j].isPunct(",") || a.tokens[j].kind == .quote { break }
          j += 1
        }
        guard var att = finder.writtenAfter(k + 1, end: s.endToken, cue: "according to") else { return nil }
        att.method = .according
        att.confidence = min(att.confidence, Confidence.according)
        return (att, "according to")
      }
      if a.tokens[k].isPunct(","), let r = cueClause(a, after: k, s), reportVerbs.contains(a.tokens[r]) {
        let c = a.text(of: r)
        let found =
          k + 1 < r
          ? finder.left(of: r, floor: k + 1, cue: c) ?? finder.writtenBetween(from: k + 1, to: r, cue: c)
          : finder.right(of: r, end: s.endToken, cue: c) ?? finder.writtenAfter(r, end: s.endToken, cue: c)
        if let found { return (found, c) }
      }
      k += 1
    }
    return nil
  }
}

extension QuoteAttributor {
  /// `“We will build it,"she said. "And we will pay for it.”`: a quotation whose curly marks
  /// enclose straight ones around a speech tag is credited by that tag: a closing straight
  /// mark after a comma, question or exclamation, then a name or pronoun and a cue, or a cue
  /// and a name. QuoteFinder closes the curly quotation at a straight mark that stands in
  /// closing place (`it," she`), so this is left for marks whose place says neither.
  static func innerTag(_ a: DocumentAnalysis, _ finder: SubjectFinder, _ q: QuoteSpan) -> (Attribution, String)? {
    guard let close = q.close, a.ascii(at: a.tokens[q.open].start) == nil else { return nil }
    var k = q.firstToken + 1
    while k + 2 < close {
      defer { k += 1 }
      guard a.ascii(at: a.tokens[k].start) == 0x22,
        a.tokens[k - 1].isPunct(",") || a.tokens[k - 1].isPunct("?") || a.tokens[k - 1].isPunct("!")
      else { continue }
      let j = k + 1
      if isCue(a, j), let att = tagSubject(a, finder, at: j + 1, cue: j) { return (att, a.text(of: j)) }
      let mi = a.mentionAt[j]
      let end = mi >= 0 ? a.mentions[mi].endToken : j + 1
      if end < close, isCue(a, end), let att = tagSubject(a, finder, at: j, cue: end) { return (att, a.text(of: end)) }
    }
    return nil
  }

  /// The person or organisation named at token `k`, or the pronoun there resolved.
  static func tagSubject(_ a: DocumentAnalysis, _ finder: SubjectFinder, at k: Int, cue v: Int) -> Attribution? {
    guard k < a.tokens.count else { return nil }
    let mi = a.mentionAt[k]
    if mi >= 0, a.mentions[mi].kind == .person || a.mentions[mi].kind == .organisation, a.mentions[mi].firstToken == k {
      return finder.named(mi, cue: a.text(of: v))
    }
    guard let p = finder.pronoun(a.tokens[k]) else { return nil }
    return finder.resolvePronoun(at: k, pronoun: p, cue: a.text(of: v))
  }
}

extension QuoteAttributor {
  /// `Roe, who called the plan "…"`: a cue inside a relative clause has the relative pronoun
  /// as its written source (the speaker stays the person it stands for), the way a pronoun
  /// subject stays the pronoun.
  static func relativeSource(_ a: DocumentAnalysis, _ att: Attribution, cue v: Int, floor: Int) -> Attribution {
    var k = v - 1
    while k >= floor, k > v - 8, a.tokens[k].kind == .word, a.inside[k] < 0 {
      let t = a.tokens[k]
      // "who" right after the source, or after the comma that follows it.
      let before = k > floor && a.tokens[k - 1].isPunct(",") ? k - 2 : k - 1
      if t.keyIs("who"), before >= floor, a.tokens[before].end == att.sourceEnd {
        var r = att
        r.source = a.text(of: k)
        r.sourceStart = t.start
        r.sourceEnd = t.end
        r.explanation = att.explanation + "; the relative pronoun \"" + r.source + "\" stands for it"
        return r
      }
      k -= 1
    }
    return att
  }
}
