import Foundation
import LodeCore
import LodeModel

/// Turns quotations into attributed `Quote`s (ids assigned later, in corpus order).
///
/// Rules, in order: a cue after the quote (`"…," he said` / `"…," said X`, past an appositive;
/// an unresolvable subject there is kept as written; `, according to Y` or `, Y reported` after
/// it makes Y the source); a speech tag inside mixed marks; a credit clause closing the sentence
/// (`"…" for the party, said X, a pollster`); a cue before it (`X said: "…"`,
/// `X, who noted, "…"`, `said X, urging "…"`, a participle after a comma takes the sentence's
/// subject); "according to X"; a colon lead-in, also one ending the paragraph before; a quote
/// standing alone after a sentence in which someone speaks; then a quote sharing its sentence
/// with, or standing alone after, an attributed one (continuation paragraphs, follow-on
/// sentences) takes the previous speaker; a quotation after words of its sentence takes the
/// sentence's subject (confidence 0.5). The enclosing clause of a cue before the quotation can
/// replace its subject (`QuoteAttributor+Nesting`). Anything else stays unresolved. Indirect speech
/// (`X announced that …`) is added as kind indirect.
public enum QuoteAttributor {
  public static func attribute(_ a: DocumentAnalysis) -> [Quote] {
    let finder = SubjectFinder(a)
    var out: [Quote] = []
    var context = Context()
    // Room for every quotation and one reported-speech quote per sentence without quotations.
    var quotedSentences = 0
    var lastQuoted = -1
    for q in a.quotes where a.sentenceOf[q.open] != lastQuoted {
      lastQuoted = a.sentenceOf[q.open]
      quotedSentences += 1
    }
    out.reserveCapacity(a.quotes.count + max(0, a.sentences.count - quotedSentences))
    // Reported speech comes in text order too: the sentences without quotations before
    // each quotation's are searched as the quotations pass, their quotes appended in place.
    var unsearched = 0
    // Whether the last quote emitted is still open at its paragraph's end (a continuation
    // paragraph's quotation extends it).
    var chainOpen = false
    for q in a.quotes {
      let si = a.sentenceOf[q.open]
      while unsearched < si {
        IndirectSpeech.find(a, sentence: unsearched, finder: finder, into: &out)
        unsearched += 1
      }
      unsearched = max(unsearched, si + 1)
      let s = a.sentences[si]
      let kind = partial(a, q, s) ? Quote.Kind.partial : .direct
      let (att, cue) = resolve(a, finder, q, si, kind, &context)
      // A title or scare quote no speech cue attributes is no quotation.
      if isLabel(a, q, cue: cue, partial: kind == .partial) {
        chainOpen = false
        continue
      }
      // The comma before a cue belongs to the sentence, not to the quoted words.
      var qEnd = q.end
      if let last = a.tokens[safe: q.endToken - 1], last.isPunct(","), q.endToken - 1 > q.firstToken {
        qEnd = a.tokens[q.endToken - 2].end
      }
      if q.continuation, chainOpen, let last = out.last, last.kind != .indirect {
        out[out.count - 1] = continued(a, last, q, to: qEnd, att, cue: cue)
      } else {
        out.append(
          Quote(
            id: "", text: trimmedText(a, q.start, qEnd), provenance: a.provenance(sentence: si, q.start, qEnd),
            speaker: att.speaker, speakerID: att.speakerID, source: att.source.isEmpty ? nil : att.source,
            sourceSpan: att.source.isEmpty ? nil : SourceSpan(att.sourceStart, att.sourceEnd),
            sourceKind: att.source.isEmpty ? nil : att.kind, cue: cue,
            kind: kind, method: att.method, confidence: att.confidence.decimal, explanation: att.explanation,
            evidenceSentence: att.evidenceSentence))
      }
      chainOpen = q.close == nil
      // An unresolved pronoun carries over too ("…," she said. "…"): the source as written.
      if att.method != .unresolved || att.speaker != nil || !att.source.isEmpty {
        context.previous = Context.Previous(attribution: att, sentence: si, paragraph: s.paragraph, exists: true)
      }
    }
    while unsearched < a.sentences.count {
      IndirectSpeech.find(a, sentence: unsearched, finder: finder, into: &out)
      unsearched += 1
    }
    return inTextOrder(out)
  }

  /// What attribution carries from one quotation to the next in a document.
  struct Context {
    /// The mention X of "according to X" per sentence (`none`, or `unknown` until first
    /// needed: long sentences with many quotations stay linear); empty until a quotation
    /// gets that far.
    var according: [Int] = []
    static let unknown = -2
    static let none = -1
    /// The last quotation with a speaker: its attribution, sentence and paragraph.
    var previous = Previous(attribution: QuoteAttributor.unresolved(at: 0), sentence: 0, paragraph: 0, exists: false)

    /// The last quotation with a speaker, if `exists` (not an Optional: replacing one
    /// destroys the old value through the generic Optional witness).
    struct Previous {
      var attribution: Attribution
      var sentence: Int
      var paragraph: Int
      var exists: Bool
    }
  }

  /// No cue, name or earlier quotation names a speaker.
  static func unresolved(at start: Int) -> Attribution {
    Attribution(
      speakerID: nil, speaker: nil, source: "", sourceStart: start, sourceEnd: start, method: .unresolved,
      confidence: .zero, why: .text("no cue, name or earlier quotation in reach supports a speaker"),
      evidenceSentence: nil)
  }

  /// Quotes by start, direct before indirect at the same start, otherwise in found order (a
  /// stable sort). Sorting indices by precomputed keys moves no `Quote` while comparing;
  /// quotes already in that order come back as they are.
  static func inTextOrder(_ quotes: [Quote]) -> [Quote] {
    func key(_ i: Int) -> (Int, Int) { (quotes[i].provenance.span.start, quotes[i].kind == .indirect ? 1 : 0) }
    guard quotes.indices.dropFirst().contains(where: { key($0) < key($0 - 1) }) else { return quotes }
    let keys = quotes.indices.map(key)
    let order = keys.indices.sorted { (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1) }
    return order.map { quotes[$0] }
  }

  /// A quotation woven into the sentence ("called the deal \"a historic step\"").
  static func partial(_ a: DocumentAnalysis, _ q: QuoteSpan, _ s: SentenceRange) -> Bool {
    guard q.open > s.firstToken else { return false }
    let before = a.tokens[q.open - 1]
    if before.kind == .punct || before.kind == .quote { return false }
    if before.has(.speechVerb), let f = a.tokens[safe: q.firstToken], f.isCapitalised { return false }
    return true
  }

  static func hasQuotation(_ a: DocumentAnalysis, _ s: SentenceRange) -> Bool {
    (s.firstToken..<s.endToken).contains { a.inside[$0] >= 0 }
  }

  /// "…, telling reporters": a present participle right after a comma.
  static func participleAfterComma(_ a: DocumentAnalysis, _ v: Int) -> Bool {
    v > 0 && a.tokens[v - 1].isPunct(",") && a.slicer.keyHasSuffix(a.tokens[v], "ing")
  }

  /// A quotation with at most one word outside quotations beside it in its sentence stands alone.
  static func standsAlone(_ a: DocumentAnalysis, _ s: SentenceRange) -> Bool {
    var words = 0
    for k in s.firstToken..<s.endToken where a.inside[k] < 0 && a.tokens[k].kind == .word {
      words += 1
      if words > 1 { return false }
    }
    return true
  }

  /// The text of scalars [a, b) without the spaces and line breaks at either end.
  static func trimmedText(_ a: DocumentAnalysis, _ start: Int, _ end: Int) -> String {
    var (lo, hi) = (start, end)
    func blank(_ k: Int) -> Bool {
      let c = a.ascii(at: k)
      return c == 0x20 || c == 0x0A || c == 0x0D
    }
    while lo < hi, blank(lo) { lo += 1 }
    while hi > lo, blank(hi - 1) { hi -= 1 }
    return a.text(lo, hi)
  }
}

extension Array {
  subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
