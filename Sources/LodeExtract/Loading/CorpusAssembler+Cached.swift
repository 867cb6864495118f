import LodeCore
import LodeModel
import Synchronization

extension CorpusAssembler {
  /// A corpus over a cache file: people now, every other table decoded on first read.
  /// A section found damaged when read is taken from `fallback` (a fresh extraction).
  /// Nil when even the people section cannot be read.
  static func assemble(
    cached file: CacheFile, replacing ids: Set<String>, reference: ReferenceData, base: Corpus?, fallback: FreshCorpus
  ) -> Corpus? {
    guard let discovered = file.records(.people, CacheRecords.people) else { return nil }
    let keep = Kept(replaced: ids, base: base)
    let n = file.documentCount
    return Corpus(
      reference: reference, people: people(base: base, reference: reference, discovered: discovered),
      organisations: reference.organisations,
      documents: LazyRows {
        guard let rows = file.records(.documents, CacheRecords.document) else { return fallback.corpus.documents }
        return joined(keep.documents, rows)
      },
      quotes: LazyRows {
        guard var rows = file.records(.quotes, CacheRecords.quotes) else { return fallback.corpus.quotes }
        return numbered(quotes: joined(keep.quotes, MovingConcat.concatenate(n, placeholder: Placeholder.quote) { $1(&rows[$0]) }))
      },
      amounts: LazyRows {
        guard var rows = file.records(.amounts, CacheRecords.amounts) else { return fallback.corpus.amounts }
        return numbered(amounts: joined(keep.amounts, MovingConcat.concatenate(n, placeholder: Placeholder.amount) { $1(&rows[$0]) }))
      },
      dates: LazyRows {
        guard var rows = file.records(.dates, CacheRecords.dates) else { return fallback.corpus.dates }
        return numbered(dates: joined(keep.dates, MovingConcat.concatenate(n, placeholder: Placeholder.date) { $1(&rows[$0]) }))
      },
      events: LazyRows {
        guard var rows = file.records(.events, CacheRecords.events) else { return fallback.corpus.events }
        return numbered(events: joined(keep.events, MovingConcat.concatenate(n, placeholder: Placeholder.event) { $1(&rows[$0]) }))
      },
      mentions: LazyRows {
        guard var rows = file.records(.mentions, CacheRecords.mentions) else { return fallback.corpus.mentions }
        return joined(keep.mentions, MovingConcat.concatenate(n, placeholder: Placeholder.mention) { $1(&rows[$0]) })
      })
  }
}

/// The corpus extracted afresh, made once on first use: what a lazily read cache falls
/// back on when one of its sections turns out to be damaged.
final class FreshCorpus: Sendable {
  private let state = Mutex<Corpus?>(nil)
  private let make: @Sendable () -> Corpus

  init(_ make: @escaping @Sendable () -> Corpus) { self.make = make }

  var corpus: Corpus {
    state.withLock { c in
      if let c { return c }
      let made = make()
      c = made
      return made
    }
  }
}
