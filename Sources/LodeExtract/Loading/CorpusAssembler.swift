import FoundationEssentials
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
  public static func assemble(
    moving facts: inout [DocumentFacts], reference: ReferenceData, base: Corpus? = nil
  ) -> Corpus {
    let replaced = Set(facts.map(\.document.id))
    let keep = Kept(replaced: replaced, base: base)
    var corpus = Corpus(reference: reference)
    corpus.people = people(base: base, reference: reference, discovered: facts.map(\.discovered))
    corpus.organisations = reference.organisations
    let n = facts.count
    corpus.documents = keep.documents + facts.map(\.document)
    corpus.quotes = numbered(
      quotes: joined(keep.quotes, MovingConcat.concatenate(n, placeholder: Placeholder.quote) { $1(&facts[$0].quotes) })
    )
    corpus.amounts = numbered(
      amounts: joined(
        keep.amounts, MovingConcat.concatenate(n, placeholder: Placeholder.amount) { $1(&facts[$0].amounts) }))
    corpus.dates = numbered(
      dates: joined(keep.dates, MovingConcat.concatenate(n, placeholder: Placeholder.date) { $1(&facts[$0].dates) }))
    corpus.events = numbered(
      events: joined(keep.events, MovingConcat.concatenate(n, placeholder: Placeholder.event) { $1(&facts[$0].events) })
    )
    corpus.mentions = joined(
      keep.mentions, MovingConcat.concatenate(n, placeholder: Placeholder.mention) { $1(&facts[$0].mentions) })
    return corpus
  }

  /// The base corpus's people (or the gazetteer's), then each newly discovered person once.
  static func people(base: Corpus?, reference: ReferenceData, discovered: [[Person]]) -> [Person] {
    var people = base?.people ?? reference.people
    var known = Set(people.map(\.id))
    for list in discovered {
      for p in list where !known.contains(p.id) {
        known.insert(p.id)
        people.append(p)
      }
    }
    return people
  }

  /// The rows of `base` that survive loading documents `replaced` again.
  struct Kept: Sendable {
    let replaced: Set<String>
    let base: Corpus?

    func keep(_ p: Provenance?) -> Bool { p.map { !replaced.contains($0.doc) } ?? true }
    var documents: [Document] { base?.documents.filter { !replaced.contains($0.id) } ?? [] }
    var quotes: [Quote] { base?.quotes.filter { keep($0.provenance) } ?? [] }
    var amounts: [Amount] { base?.amounts.filter { keep($0.provenance) } ?? [] }
    var dates: [DateMention] { base?.dates.filter { keep($0.provenance) } ?? [] }
    var events: [Event] { base?.events.filter { keep($0.provenance) } ?? [] }
    var mentions: [Mention] { base?.mentions.filter { keep($0.provenance) } ?? [] }
  }

  /// Empty rows left behind when rows are moved out of per-document arrays.
  enum Placeholder {
    static let none = Provenance(doc: "", sentence: 0, span: SourceSpan(0, 0))
    static let quote = Quote(id: "", text: "", provenance: none)
    static let amount = Amount(id: "", text: "", provenance: none, kind: .count, value: 0)
    static let date = DateMention(id: "", text: "", provenance: none, value: DateValue(year: 0))
    static let event = Event(id: "", date: nil, summary: "", actors: [], provenance: nil, order: 0)
    static let mention = Mention(entity: "", text: "", provenance: none)
  }

  static func numbered(quotes rows: consuming [Quote]) -> [Quote] {
    var rows = rows
    for i in rows.indices { rows[i].id = id("q", i + 1) }
    return rows
  }

  static func numbered(amounts rows: consuming [Amount]) -> [Amount] {
    var rows = rows
    for i in rows.indices { rows[i].id = id("a", i + 1) }
    return rows
  }

  static func numbered(dates rows: consuming [DateMention]) -> [DateMention] {
    var rows = rows
    for i in rows.indices { rows[i].id = id("d", i + 1) }
    return rows
  }

  /// Events extracted from the text are numbered in narrative order; analyst-added ones keep theirs.
  static func numbered(events rows: consuming [Event]) -> [Event] {
    var rows = rows
    var k = 0
    for i in rows.indices where !rows[i].analystAdded {
      k += 1
      rows[i].id = id("e", k)
      rows[i].order = k
    }
    return rows
  }

  /// `prefix` then the decimal digits of `n` (`q12`), written into one small string.
  static func id(_ prefix: Unicode.Scalar, _ n: Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { b in
      var i = 24
      var v = n.magnitude
      repeat {
        i -= 1
        b[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
        v /= 10
      } while v > 0
      i -= 1
      b[i] = UInt8(truncatingIfNeeded: prefix.value)
      return String(decoding: UnsafeBufferPointer(rebasing: b[i..<24]), as: UTF8.self)
    }
  }

  /// `kept` then `rows`, taking the array itself when `kept` is empty (no element copies).
  static func joined<T>(_ kept: [T], _ rows: [T]) -> [T] {
    if kept.isEmpty { return rows }
    return kept + rows
  }
}
