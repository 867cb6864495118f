import LodeCore
import LodeModel

/// Puts per-document facts together into a `Corpus`: document order, ids `q1…`, `a1…`,
/// `d1…`, `e1…` in corpus order, narrative order for events, discovered people merged
/// with the gazetteer's.
public enum CorpusAssembler {
  public static func assemble(_ facts: [DocumentFacts], reference: ReferenceData, base: Corpus? = nil) -> Corpus {
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
    corpus.quotes.reserveCapacity(corpus.quotes.count + facts.reduce(0) { $0 + $1.quotes.count })
    corpus.amounts.reserveCapacity(corpus.amounts.count + facts.reduce(0) { $0 + $1.amounts.count })
    corpus.dates.reserveCapacity(corpus.dates.count + facts.reduce(0) { $0 + $1.dates.count })
    corpus.events.reserveCapacity(corpus.events.count + facts.reduce(0) { $0 + $1.events.count })
    corpus.mentions.reserveCapacity(corpus.mentions.count + facts.reduce(0) { $0 + $1.mentions.count })
    for f in facts {
      corpus.documents.append(f.document)
      corpus.quotes += f.quotes
      corpus.amounts += f.amounts
      corpus.dates += f.dates
      corpus.events += f.events
      corpus.mentions += f.mentions
      for p in f.discovered where !known.contains(p.id) {
        known.insert(p.id)
        corpus.people.append(p)
      }
    }
    for i in corpus.quotes.indices { corpus.quotes[i].id = "q" + String(i + 1) }
    for i in corpus.amounts.indices { corpus.amounts[i].id = "a" + String(i + 1) }
    for i in corpus.dates.indices { corpus.dates[i].id = "d" + String(i + 1) }
    var n = 0
    for i in corpus.events.indices where !corpus.events[i].analystAdded {
      n += 1
      corpus.events[i].id = "e" + String(n)
      corpus.events[i].order = n
    }
    return corpus
  }
}
