import LodeCore
import LodeModel

/// Puts per-document facts together into a `Corpus`: document order, ids `q1…`, `a1…`,
/// `d1…`, `e1…` in corpus order, narrative order for events, discovered people merged
/// with the gazetteer's.
public enum CorpusAssembler {
  public static func assemble(_ facts: [DocumentFacts], reference: ReferenceData, base: Corpus? = nil) -> Corpus {
    var owned = facts
    return assemble(moving: &owned, reference: reference, base: base)
  }

  /// Like `assemble`, but moves the facts' rows into the corpus (leaving `facts` holding
  /// placeholders), so a large corpus is assembled without touching every string.
  public static func assemble(moving facts: inout [DocumentFacts], reference: ReferenceData, base: Corpus? = nil) -> Corpus {
    var corpus = Corpus(reference: reference)
    let replaced = Set(facts.map(\.document.id))
    if let base {
      let keep = { (p: Provenance?) in p.map { !replaced.contains($0.doc) } ?? true }
      corpus.documents = base.documents.filter { !replaced.contains($0.id) }
      corpus.quotes = base.quotes.filter { keep($0.provenance) }
      corpus.amounts = base.amounts.filter { keep($0.provenance) }
      corpus.dates = base.dates.filter { keep($0.provenance) }
      corpus.events = base.events.filter { keep($0.provenance) }
      corpus.mentions = base.mentions.filter { keep($0.provenance) }
      corpus.people = base.people
    } else {
      corpus.people = reference.people
    }
    corpus.organisations = reference.organisations
    var known = Set(corpus.people.map(\.id))
    corpus.documents.reserveCapacity(corpus.documents.count + facts.count)
    for f in facts {
      corpus.documents.append(f.document)
      for p in f.discovered where !known.contains(p.id) {
        known.insert(p.id)
        corpus.people.append(p)
      }
    }
    let n = facts.count
    let none = Provenance(doc: "", sentence: 0, span: SourceSpan(0, 0))
    append(&corpus.quotes, MovingConcat.concatenate(n, placeholder: Quote(id: "", text: "", provenance: none)) { $1(&facts[$0].quotes) })
    append(&corpus.amounts, MovingConcat.concatenate(n, placeholder: Amount(id: "", text: "", provenance: none, kind: .count, value: 0)) { $1(&facts[$0].amounts) })
    append(&corpus.dates, MovingConcat.concatenate(n, placeholder: DateMention(id: "", text: "", provenance: none, value: DateValue(year: 0))) { $1(&facts[$0].dates) })
    append(&corpus.events, MovingConcat.concatenate(n, placeholder: Event(id: "", date: nil, summary: "", actors: [], provenance: nil, order: 0)) { $1(&facts[$0].events) })
    append(&corpus.mentions, MovingConcat.concatenate(n, placeholder: Mention(entity: "", text: "", provenance: none)) { $1(&facts[$0].mentions) })
    for i in corpus.quotes.indices { corpus.quotes[i].id = "q" + String(i + 1) }
    for i in corpus.amounts.indices { corpus.amounts[i].id = "a" + String(i + 1) }
    for i in corpus.dates.indices { corpus.dates[i].id = "d" + String(i + 1) }
    var k = 0
    for i in corpus.events.indices where !corpus.events[i].analystAdded {
      k += 1
      corpus.events[i].id = "e" + String(k)
      corpus.events[i].order = k
    }
    return corpus
  }

  /// Appends `rows`, taking the array itself when `list` is empty (no element copies).
  static func append<T>(_ list: inout [T], _ rows: [T]) {
    if list.isEmpty { list = rows } else { list += rows }
  }
}
