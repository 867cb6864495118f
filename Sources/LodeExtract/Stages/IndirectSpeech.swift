import Foundation
import LodeCore
import LodeModel

/// Reported speech without quotation marks: "X announced that …", "X openly disputed …",
/// "according to X, …". The reported clause becomes a quote of kind `indirect`.
public enum IndirectSpeech {
  public static func find(_ a: DocumentAnalysis, finder: SubjectFinder) -> [Quote] {
    var quoted = [Bool](repeating: false, count: a.sentences.count)
    for q in a.quotes { quoted[a.sentenceOf[q.open]] = true }
    var out: [Quote] = []
    for si in a.sentences.indices where !quoted[si] {
      find(a, sentence: si, finder: finder, into: &out)
    }
    return out
  }

  /// Appends the reported speech of sentence `si` (a sentence without quotations), if any,
  /// to `out` (appended in place: a `Quote` holds a resilient `Decimal`, so every copy of
  /// one goes through its value witnesses).
  static func find(_ a: DocumentAnalysis, sentence si: Int, finder: SubjectFinder, into out: inout [Quote]) {
    let s = a.sentences[si]
    // Whether the sentence ends like prose is asked at its first candidate, not of every sentence.
    var prose = false
    var k = s.firstToken
    while k < s.endToken {
      let t = a.tokens[k]
      if t.keyIs("according"), k + 2 < s.endToken, a.tokens[k + 1].keyIs("to"),
        let mi = QuoteAttributor.accordingMention(
          a, SentenceRange(firstToken: k, endToken: min(s.endToken, k + 10), start: 0, end: 0, paragraph: s.paragraph))
      {
        if !prose {
          guard endsLikeProse(a, s) else { return }
          prose = true
        }
        // The reported clause follows the comma after X.
        var c = a.mentions[mi].endToken
        while c < s.endToken, !a.tokens[c].isPunct(",") { c += 1 }
        guard a.mentions[mi].kind == .person else { return }
        var att = finder.namedAccording(mi)
        att.method = .according
        att.confidence = Confidence.reported
        // "According to X, CLAUSE." or "CLAUSE, according to X."
        if c + 1 < s.endToken {
          make(a, si, s, from: c + 1, att, cue: "according to", into: &out)
        } else {
          make(a, si, s, from: s.firstToken, to: k, att, cue: "according to", into: &out)
        }
        return
      }
      if t.has(.indirectVerb), !t.isCapitalised, !isNoun(a, k) {
        if !prose {
          guard endsLikeProse(a, s) else { return }
          prose = true
        }
        let cue = a.text(of: k)
        if var att = finder.left(of: k, floor: s.firstToken, cue: cue), att.speakerID != nil, subjectIsClose(a, att, k)
        {
          var from = k + 1
          if from + 1 < s.endToken, a.tokens[from].keyIs("that"),
            a.tokens[from + 1].isCapitalised || Self.clauseStarters.contains(a.tokens[from + 1])
          {
            from += 1
          }
          att.confidence = min(att.confidence, Confidence.reported)
          // "X disputed the claims but remains concerned": a verb whose object is a noun phrase
          // reports only that phrase; "X said (that) …" the clause to the sentence's end.
          let to = Self.clauseVerbs.contains(t) || a.tokens[k + 1].keyIs("that") ? nil : objectEnd(a, s, from: from)
          make(a, si, s, from: from, to: to, att, cue: cue, reported: true, into: &out)
          return
        }
      }
      k += 1
    }
  }

  /// "Washington's demand", "the call", "a claim": a noun, not a verb.
  static func isNoun(_ a: DocumentAnalysis, _ k: Int) -> Bool {
    guard k > 0 else { return true }
    let p = a.tokens[k - 1]
    if p.kind == .possessive || WordLists.nounMarkers.contains(p) { return true }
    return nounPrepositions.contains(p) && !a.slicer.keyHasSuffix(a.tokens[k], "ing")
  }

  /// The subject must sit right before the verb (allowing adverbs and auxiliaries) or
  /// be separated from it only by an appositive between commas.
  static func subjectIsClose(_ a: DocumentAnalysis, _ att: Attribution, _ verb: Int) -> Bool {
    var first = verb
    while first > 0, a.tokens[first - 1].end > att.sourceEnd { first -= 1 }
    let gap = verb - first
    if gap == 0 { return true }
    let hasComma = (first..<verb).contains { a.tokens[$0].isPunct(",") }
    if !hasComma { return gap <= 3 }
    return gap <= 14 && a.tokens[first].isPunct(",") && a.tokens[verb - 1].isPunct(",")
  }

  /// The end of the noun phrase after a verb: the first comma, colon, semicolon or dash, a word
  /// that opens a new clause, or "and" before a verb-like word ("and remains concerned").
  static func objectEnd(_ a: DocumentAnalysis, _ s: SentenceRange, from: Int) -> Int {
    var k = from
    while k < s.endToken {
      let t = a.tokens[k]
      if t.kind == .punct, !t.isPunct("."), !t.isPunct("-") { return k }
      if k > from, objectStops.contains(t) { return k }
      if k > from, t.keyIs("and"), k + 1 < s.endToken {
        let n = a.tokens[k + 1]
        if n.kind == .word, !n.isCapitalised,
          n.has(.actionVerb) || n.has(.speechVerb) || n.has(.indirectVerb)
            || a.slicer.keyHasSuffix(n, "s") && !WordLists.nounMarkers.contains(n)
        {
          return k
        }
      }
      k += 1
    }
    return s.endToken
  }

  /// Headlines and headings (no closing punctuation) are not reported speech.
  static func endsLikeProse(_ a: DocumentAnalysis, _ s: SentenceRange) -> Bool {
    let last = a.tokens[s.endToken - 1]
    return last.kind == .quote || (last.kind == .punct && WordLists.closingMarks.contains(text: last))
      || last.endsWithDot
  }

  /// Appends the quote of kind indirect for tokens [from, to) less closing punctuation; `reported`
  /// prefixes the explanation with "reported speech: ".
  static func make(
    _ a: DocumentAnalysis, _ si: Int, _ s: SentenceRange, from: Int, to: Int? = nil, _ att: Attribution, cue: String,
    reported: Bool = false, into out: inout [Quote]
  ) {
    var end = to ?? s.endToken
    while end > from, a.tokens[end - 1].kind == .punct { end -= 1 }
    guard end > from else { return }
    let start = a.tokens[from].start
    let stop = a.tokens[max(from, end - 1)].end
    out.append(
      Quote(
        id: "", text: a.text(start, stop), provenance: a.provenance(sentence: si, start, stop),
        speaker: att.speaker, speakerID: att.speakerID, source: att.source,
        sourceSpan: SourceSpan(att.sourceStart, att.sourceEnd), sourceKind: att.kind, cue: cue, kind: .indirect,
        method: att.method,
        confidence: att.confidence.decimal, explanation: att.why.text(prefix: reported ? "reported speech: " : ""),
        evidenceSentence: att.evidenceSentence))
  }
}
