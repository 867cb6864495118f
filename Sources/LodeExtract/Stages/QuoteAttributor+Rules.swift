import Foundation
import LodeCore
import LodeModel

/// The attribution rules for one quotation, in order.
extension QuoteAttributor {
  /// The rules in order; the first that names a speaker wins. A cue found by a rule that
  /// names nobody is still reported (and keeps the colon rules from applying). With no
  /// speaker the attribution is `unresolved` (no source, no speaker).
  static func resolve(
    _ a: DocumentAnalysis, _ finder: SubjectFinder, _ q: QuoteSpan, _ si: Int, _ kind: Quote.Kind,
    _ context: inout Context
  ) -> (Attribution, String?) {
    let s = a.sentences[si]
    var cue: String?
    if let label = transcriptLabel(a, finder, q) { return (label, ":") }
    if let credit = dashName(a, finder, q) { return (credit, "-") }
    if let (v, c) = cueAfter(a, q, s) {
      // `"…," Smith told Reuters` — the subject sits between the quote and the verb;
      // `"…," said Smith` — the verb comes first and the speaker follows it.
      var first = (q.close ?? q.endToken) + 1
      while first < v, a.tokens[first].kind == .punct { first += 1 }
      // `"…," the Times reported`: a subject no rule names is kept as written, unresolved,
      // rather than leaving the quotation to a weaker rule that would name someone else.
      let vs = a.sentences[a.sentenceOf[v]]
      let end = vs.endToken
      // `"…," Roe said, according to the transcript`: a reporter of the whole clause wins.
      func credit(_ att: Attribution) -> (Attribution, String) { reporter(a, finder, after: v, vs) ?? (att, c) }
      if first < v {
        if let att = finder.left(of: v, floor: first, cue: c) ?? finder.unnamedSubject(from: first, to: v, cue: c)
          ?? finder.writtenBetween(from: first, to: v, cue: c)
        {
          return credit(att)
        }
      } else if a.slicer.keyHasSuffix(a.tokens[v], "ing") {
        // `"…," saying …`: a participle has the sentence's subject.
        if let att = finder.sentenceSubject(s, cue: c) ?? finder.writtenSubject(s, cue: c) { return (att, c) }
      } else {
        if let att = finder.right(of: v, end: end, cue: c) ?? finder.writtenAfter(v, end: end, cue: c) {
          return credit(att)
        }
      }
      cue = c
    }
    // `“…," she said. "…”`: mixed marks pair around a speech tag inside the quotation.
    if cue == nil, let tag = innerTag(a, finder, q) { return tag }
    // `"…" would be fine, Roe said.`: a cue closing the sentence after the quotation.
    if cue == nil, let (comma, v, c) = finalCue(a, q, s) {
      let end = s.endToken
      if comma + 1 < v {
        if let att = finder.left(of: v, floor: comma + 1, cue: c)
          ?? finder.writtenBetween(from: comma + 1, to: v, cue: c)
        {
          return reporter(a, finder, after: v, s) ?? (att, c)
        }
      } else if let att = finder.right(of: v, end: end, cue: c) ?? finder.writtenAfter(v, end: end, cue: c) {
        return reporter(a, finder, after: v, s) ?? (att, c)
      }
    }
    // `- Jane Roe: "…"`, `MR. ROE: …`: a name right before the colon that opens the quotation.
    if q.open > s.firstToken + 1, a.tokens[q.open - 1].isPunct(":"), let lead = colonName(a, finder, q, s) {
      return (lead, ":")
    }
    if let (v, c) = cueBefore(a, q, s, reach: 40) {
      // "X celebrated …, declaring it \"…\"": a participle after a comma has the sentence's
      // subject, not the nearest name ("Trump thanked Adelson, telling Reuters, \"…\"").
      // Otherwise `X said: "…"`, or `said X, urging them to "…"` when the name follows the verb.
      if v == s.firstToken || a.tokens[v].isCapitalised {
        // `Said Jane Roe, who …, "…"`: the speaker follows the verb.
        if let att = finder.nameAfter(v, end: q.open, cue: c) ?? finder.writtenAfter(v, end: q.open, cue: c) {
          return (att, c)
        }
      } else if participleAfterComma(a, v) {
        // `Roe said, adding "…"`: the speaker of the verb before the comma, else the sentence's subject.
        if v >= s.firstToken + 2, isCue(a, v - 2), let att = finder.left(of: v - 2, floor: s.firstToken, cue: c) {
          return (att, c)
        }
        if let att = finder.sentenceSubject(s, cue: c) ?? finder.writtenSubject(s, cue: c) { return (att, c) }
      } else {
        if let att = finder.left(of: v, floor: s.firstToken, cue: c) {
          // `Roe said she called it "…"`, `Roe issued a statement saying "…"`: the enclosing clause's subject.
          return outerSpeaker(a, finder, att, cue: v, s) ?? issuer(a, finder, att, cue: v, s)
            ?? (relativeSource(a, att, cue: v, floor: s.firstToken), c)
        }
        if let att = finder.nameAfter(v, end: q.open, cue: c) { return (att, c) }
        if let att = finder.writtenBefore(v, floor: s.firstToken, cue: c) { return (att, c) }
        if let att = finder.sentenceSubject(s, cue: c) { return (att, c) }
      }
      cue = c
    }
    // A partial quotation woven into a sentence about someone: "Rubio bemoaned … \"…\"".
    if kind == .partial || (q.open > s.firstToken && a.tokens[q.open - 1].isPunct(",")),
      let owner = finder.possessor(before: q.open, floor: s.firstToken)
    {
      return (owner, nil)
    }
    if kind == .partial, let subject = finder.sentenceSubject(s, cue: nil) ?? finder.writtenSubject(s, cue: nil) {
      return (subject, nil)
    }
    if context.according.isEmpty { context.according = .init(repeating: Context.unknown, count: a.sentences.count) }
    if context.according[si] == Context.unknown { context.according[si] = accordingMention(a, s) ?? Context.none }
    if context.according[si] >= 0 {
      var att = finder.namedAccording(context.according[si])
      att.method = .according
      att.confidence = Confidence.according
      return (att, "according to")
    }
    // "According to the newspaper, \"…\"": an according-to phrase naming no one the text knows.
    if context.according[si] == Context.none, let att = finder.writtenAccording(s) { return (att, "according to") }
    if cue == nil, q.open > s.firstToken, a.tokens[q.open - 1].isPunct(":"),
      var lead = finder.left(of: q.open - 1, floor: s.firstToken, cue: ":")
        ?? finder.writtenBefore(q.open - 1, floor: s.firstToken, cue: ":", strict: true) ?? finder.sentenceSubject(
          s, cue: ":")
        ?? finder.nearestActor(before: q.open - 1, floor: s.firstToken, cue: ":")
    {
      lead.confidence = min(lead.confidence, Confidence.colon)
      return (lead, ":")
    }
    // `Roe stated:` ending one paragraph and the quotation opening the next.
    if cue == nil, q.open == s.firstToken, si > 0, let (lead, c) = colonParagraph(a, finder, si) { return (lead, c) }
    // A quotation standing alone right after a sentence without quotations in which a
    // person speaks (`Roe announced the lawsuit. "We are seeking …"`).
    let alone = standsAlone(a, s)
    // Also across a paragraph break when the quotation opens its paragraph.
    if alone, si > 0,
      a.sentences[si - 1].paragraph == s.paragraph
        || (q.open == s.firstToken && a.sentences[si - 1].paragraph == s.paragraph - 1),
      !hasQuotation(a, a.sentences[si - 1])
    {
      let speaks = finder.speakerOf(a.sentences[si - 1])
      if var lead = speaks ?? finder.subjectPerson(a.sentences[si - 1]) {
        lead.method = .adjacent
        lead.confidence = speaks != nil ? Confidence.adjacent : Confidence.description
        let speaker = lead.speaker ?? "?"
        lead.explanation = TextWriter.build { w in
          w.put("the quotation stands alone right after sentence ")
          w.put(number: si - 1)
          w.put(", in which ")
          w.put(speaker)
          w.put(speaks != nil ? " speaks" : " is the subject")
        }
        return (lead, nil)
      }
    }
    // A quotation standing alone after an attributed one, or sharing its sentence with
    // one and naming nobody itself (`X argued "…" because "…"`).
    // The previous attribution is taken, not copied: the one returned replaces it.
    let prevSentence = context.previous.sentence
    let prevParagraph = context.previous.paragraph
    if context.previous.exists,
      context.previous.attribution.speaker != nil || !context.previous.attribution.source.isEmpty,
      q.continuation || prevSentence == si
        || ((alone || (cue == nil && q.open == s.firstToken)) && si - prevSentence <= 2
          && s.paragraph - prevParagraph <= 1)
    {
      var p = unresolved(at: 0)
      swap(&p, &context.previous.attribution)
      context.previous.exists = false
      p.method = .adjacent
      p.confidence = q.continuation ? Confidence.continuation : Confidence.adjacent
      let speaker = p.speaker ?? p.source
      p.explanation =
        q.continuation
        ? TextWriter.build { w in
          w.put("the quotation continues the previous paragraph's quotation by ")
          w.put(speaker)
          w.put(" (sentence ")
          w.put(sentence: prevSentence)
        }
        : TextWriter.build { w in
          w.put("the quotation stands alone right after a quotation attributed to ")
          w.put(speaker)
          w.put(" in sentence ")
          w.put(number: prevSentence)
        }
      p.evidenceSentence = prevSentence
      return (p, nil)
    }
    if let owner = sentenceOwner(a, finder, q, s) { return (owner, cue) }
    return (unresolved(at: q.start), cue)
  }

  /// No cue in reach: a quotation after words of its sentence is credited, at low confidence,
  /// to the sentence's subject, else the nearest person or organisation before it (`Roe
  /// reserved her praise for "…"`, `In the end the ministry backed "…"`).
  static func sentenceOwner(
    _ a: DocumentAnalysis, _ finder: SubjectFinder, _ q: QuoteSpan, _ s: SentenceRange
  ) -> Attribution? {
    guard q.open > s.firstToken + 1 else { return nil }
    if var owner = finder.sentenceSubject(s, cue: nil) ?? finder.writtenSubject(s, cue: nil),
      owner.method != .unresolved || owner.speaker != nil
    {
      owner.confidence = min(owner.confidence, Confidence.description)
      owner.explanation = "no cue attributes the quotation; " + owner.explanation
      return owner
    }
    guard var owner = finder.nearestActor(before: q.open, floor: s.firstToken, cue: "the sentence") else { return nil }
    let who = owner.source
    owner.confidence = min(owner.confidence, Confidence.description)
    owner.explanation = TextWriter.build { w in
      w.put("no cue attributes the quotation; \"")
      w.put(who)
      w.put("\" is the nearest person or organisation before it (sentence ")
      w.put(sentence: a.sentenceOf[q.open])
    }
    return owner
  }
}
