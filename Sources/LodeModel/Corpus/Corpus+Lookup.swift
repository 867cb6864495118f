import LodeCore

extension Corpus {
  /// Where the row with this id came from: `q…` quotes, `a…` amounts, `d…` dates,
  /// `e…` events, `s…` sentences (corpus order); nil for unknown ids.
  public func provenance(ofID id: String) -> Provenance? {
    let lower = id.lowercased()
    guard let kind = lower.first, let n = Int(lower.dropFirst()), n >= 1 else { return nil }
    let i = n - 1
    switch kind {
    case "q": return quotes.indices.contains(i) ? quotes[i].provenance : nil
    case "a": return amounts.indices.contains(i) ? amounts[i].provenance : nil
    case "d": return dates.indices.contains(i) ? dates[i].provenance : nil
    case "e": return events.first { $0.id == lower }?.provenance
    case "s":
      var left = i
      for d in documents {
        if left < d.sentences.count {
          let s = d.sentences[left]
          return Provenance(doc: d.id, sentence: s.index, span: s.span)
        }
        left -= d.sentences.count
      }
      return nil
    default: return nil
    }
  }

  /// The sentence holding `p`, with the span marked `⟦…⟧` (clamped to the sentence).
  public func highlighted(_ p: Provenance) -> String? {
    guard let s = sentence(p) else { return nil }
    let scalars = Array(s.text.unicodeScalars)
    let lo = min(max(0, p.span.start - s.span.start), scalars.count)
    let hi = min(max(lo, p.span.end - s.span.start), scalars.count)
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[0..<lo])
    out.append("\u{27E6}")
    out.append(contentsOf: scalars[lo..<hi])
    out.append("\u{27E7}")
    out.append(contentsOf: scalars[hi...])
    return String(out)
  }

  /// How many mentions each entity id has across the corpus.
  public var mentionCounts: [String: Int] {
    var counts: [String: Int] = [:]
    for m in mentions { counts[m.entity, default: 0] += 1 }
    return counts
  }
}
