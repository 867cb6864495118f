import LodeModel
import Synchronization

extension CorpusAssembler {
  /// A corpus over a cache file: people now, every other table decoded on first read,
  /// numbered as it is decoded (renumbered after the base's rows when there is a base).
  /// A section found damaged when read is taken from `fallback` (a fresh extraction).
  /// Nil when even the people section cannot be read.
  static func assemble(
    cached file: CacheFile, replacing ids: Set<String>, reference: ReferenceData, base: Corpus?, fallback: FreshCorpus
  ) -> Corpus? {
    guard let discovered = file.records(.people, CacheRecords.people) else { return nil }
    let keep = Kept(replaced: ids, base: base)
    return Corpus(
      reference: reference, people: people(base: base, reference: reference, discovered: discovered),
      organisations: reference.organisations,
      documents: LazyRows {
        guard let rows = file.records(.documents, CacheRecords.document) else { return fallback.corpus.documents }
        return joined(keep.documents, rows)
      },
      quotes: LazyRows {
        guard let rows = file.rows(.quotes, CacheRecords.quote) else { return fallback.corpus.quotes }
        return base == nil ? rows : numbered(quotes: keep.quotes + rows)
      },
      amounts: LazyRows {
        guard let rows = file.rows(.amounts, CacheRecords.amount) else { return fallback.corpus.amounts }
        return base == nil ? rows : numbered(amounts: keep.amounts + rows)
      },
      dates: LazyRows {
        guard let rows = file.rows(.dates, CacheRecords.date) else { return fallback.corpus.dates }
        return base == nil ? rows : numbered(dates: keep.dates + rows)
      },
      events: LazyRows {
        guard let rows = file.rows(.events, CacheRecords.event) else { return fallback.corpus.events }
        return base == nil ? rows : numbered(events: keep.events + rows)
      },
      mentions: LazyRows {
        guard let rows = file.rows(.mentions, CacheRecords.mention) else { return fallback.corpus.mentions }
        return joined(keep.mentions, rows)
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
