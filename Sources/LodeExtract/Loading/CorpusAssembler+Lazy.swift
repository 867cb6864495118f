import LodeModel
import Synchronization

extension CorpusAssembler {
  /// Like `assemble(moving:)`, but each fact table is put together on its first read: a
  /// load followed by `quotes | count` gathers the quotes alone, not the amounts, dates,
  /// events and mentions too. Same rows, ids and order as the eager assembly.
  public static func assemble(
    lazily facts: consuming [DocumentFacts], reference: ReferenceData, base: Corpus? = nil
  ) -> Corpus {
    let keep = Kept(replaced: Set(facts.map(\.document.id)), base: base)
    let people = people(base: base, reference: reference, discovered: facts.map(\.discovered))
    let documents = facts.map(\.document)
    let pending = PendingFacts(facts)
    return Corpus(
      reference: reference, people: people, organisations: reference.organisations,
      documents: LazyRows { joined(keep.documents, documents) },
      quotes: LazyRows { numbered(quotes: joined(keep.quotes, pending.take(\.quotes, Placeholder.quote))) },
      amounts: LazyRows { numbered(amounts: joined(keep.amounts, pending.take(\.amounts, Placeholder.amount))) },
      dates: LazyRows { numbered(dates: joined(keep.dates, pending.take(\.dates, Placeholder.date))) },
      events: LazyRows { numbered(events: joined(keep.events, pending.take(\.events, Placeholder.event))) },
      mentions: LazyRows { joined(keep.mentions, pending.take(\.mentions, Placeholder.mention)) })
  }
}

/// Extracted per-document facts not yet gathered into corpus tables: each table's rows are
/// moved out (`MovingConcat`) the first time that table is read, under a lock.
final class PendingFacts: Sendable {
  private let facts: Mutex<[DocumentFacts]>

  init(_ facts: consuming [DocumentFacts]) { self.facts = Mutex(facts) }

  /// Every document's rows of one table, in document order, moved out of the facts.
  func take<T: Sendable>(_ table: WritableKeyPath<DocumentFacts, [T]>, _ placeholder: T) -> [T] {
    facts.withLock { f in
      MovingConcat.concatenate(f.count, placeholder: placeholder) { i, body in body(&f[i][keyPath: table]) }
    }
  }
}
