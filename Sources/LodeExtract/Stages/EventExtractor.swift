import Foundation
import LodeCore

/// Picks the sentences that are events: those with a date, or with an action or reporting
/// verb whose subject is a known actor. Events keep narrative order; an undated event
/// stays undated (never given the document date or any other invented one).
public enum EventExtractor {
  public struct Found: Sendable, Hashable {
    public var sentence: Int
    public var date: DateValue?
    public var summary: String
    public var actors: [String]
  }

  /// `sentenceTexts`, when given, are the sentences' texts (`Sentence.slice` of
  /// `DocumentAnalysis.modelSentences`): a summary that is a whole sentence on one line is
  /// made from that slice instead of from the bytes.
  public static func extract(
    _ a: DocumentAnalysis, dates: [DateExtractor.Found], sentenceTexts: [Substring]? = nil
  ) -> [Found] {
    var bySentence = [DateValue?](repeating: nil, count: a.sentences.count)
    for d in dates where !d.value.isVague {
      let s = a.sentenceOf[d.firstToken]
      // Prefer the most precise absolute date in the sentence.
      if let old = bySentence[s], rank(old) >= rank(d.value) { continue }
      bySentence[s] = d.value
    }
    let texts = sentenceTexts ?? []
    var out: [Found] = []
    out.reserveCapacity(a.sentences.count)
    // One scratch list for every sentence; an event gets its own exact copy.
    var actors: [String] = []
    actors.reserveCapacity(8)
    for (si, s) in a.sentences.enumerated() {
      actors.removeAll(keepingCapacity: true)
      var actorBeforeVerb = false
      var sawActor = false
      var k = s.firstToken
      while k < s.endToken {
        // A quotation's words are one run of tokens: skip it whole.
        let q = a.inside[k]
        if q >= 0 {
          k = max(k + 1, min(a.quotes[q].endToken, s.endToken))
          continue
        }
        defer { k += 1 }
        guard a.tokens[k].kind != .quote else { continue }
        let mi = a.mentionAt[k]
        if mi >= 0 {
          let kind = a.mentions[mi].kind
          if kind == .person || kind == .organisation {
            sawActor = true
            // A mention covers several tokens: its id is looked at once, on its first.
            if k == a.mentions[mi].firstToken || k == s.firstToken, !actors.contains(a.mentions[mi].id) {
              actors.append(a.mentions[mi].id)
            }
          }
        } else if sawActor, a.tokens[k].has(.actionVerb), !a.tokens[k].isCapitalised {
          actorBeforeVerb = true
        }
      }
      let date = bySentence[si]
      guard date != nil || actorBeforeVerb else { continue }
      let whole = s.end - s.start <= 120 && si < texts.count && !hasLineBreak(a.slicer, s.start, s.end)
      out.append(
        Found(sentence: si, date: date, summary: whole ? String(texts[si]) : summary(a, s), actors: Array(actors)))
    }
    return out
  }

  static func rank(_ d: DateValue) -> Int {
    switch d.precision {
    case .day: 4
    case .week: 3
    case .month: 2
    case .season, .quarter, .half: 2
    case .approx, .year, .fiscalYear: 1
    case .decade, .century: 0
    case .present, .past, .future: -1
    }
  }

  /// The sentence on one line, cut at a word boundary near 120 scalars.
  static func summary(_ a: DocumentAnalysis, _ s: SentenceRange) -> String {
    var end = s.end
    var cut = false
    if end - s.start > 120 {
      end = s.start + 120
      while end > s.start + 60, a.ascii(at: end) != 0x20 { end -= 1 }
      cut = true
    }
    // Most sentences hold no line break: the text as sliced, no byte-by-byte copy.
    if !hasLineBreak(a.slicer, s.start, end) { return cut ? a.text(s.start, end) + "…" : a.text(s.start, end) }
    return oneLine(a.slicer, s.start, end, ellipsis: cut)
  }

  /// A line break (LF or CR) among scalars [a, b), found on the bytes.
  static func hasLineBreak(_ t: TextSlicer, _ a: Int, _ b: Int) -> Bool {
    t.utf8.withUnsafeBufferPointer { src in
      guard let base = src.baseAddress else { return false }
      let (lo, n) = (t.offsets[a], t.offsets[b] - t.offsets[a])
      return memchr(base + lo, 0x0A, n) != nil || memchr(base + lo, 0x0D, n) != nil
    }
  }

  /// Scalars [a, b) with every line break (LF, CR or CR LF) made one space, "…" appended
  /// when cut: one pass over the bytes (line breaks are ASCII bytes, never part of a
  /// multi-byte scalar).
  static func oneLine(_ t: TextSlicer, _ a: Int, _ b: Int, ellipsis: Bool) -> String {
    let lo = t.offsets[a]
    let hi = t.offsets[b]
    return t.utf8.withUnsafeBufferPointer { src in
      String(unsafeUninitializedCapacity: hi - lo + (ellipsis ? 3 : 0)) { out in
        // Most sentences hold no line break: one copy.
        if !hasLineBreak(t, a, b), let from = src.baseAddress, let to = out.baseAddress {
          memcpy(to, from + lo, hi - lo)
          if ellipsis { (to[hi - lo], to[hi - lo + 1], to[hi - lo + 2]) = (0xE2, 0x80, 0xA6) }
          return hi - lo + (ellipsis ? 3 : 0)
        }
        var o = 0
        for j in lo..<hi {
          let c = src[j]
          if c == 0x0D, j + 1 < hi, src[j + 1] == 0x0A { continue }
          out[o] = c == 0x0A || c == 0x0D ? 0x20 : c
          o += 1
        }
        if ellipsis {
          (out[o], out[o + 1], out[o + 2]) = (0xE2, 0x80, 0xA6)
          o += 3
        }
        return o
      }
    }
  }
}
