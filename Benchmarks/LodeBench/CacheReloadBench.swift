import Foundation
import LodeExtract
import LodeModel

/// One reload of an n-article corpus from a cache kept between runs in `directory`
/// (written on the first run), for profiling: `valgrind --tool=callgrind
/// --toggle-collect='*reloadFromCache*' lode-bench cache-reload 2000`.
func runCacheReloadBenchmark(articles: Int) {
  let docs = Array(ExtractionCorpus.generate(bytes: articles * 6_000).prefix(articles))
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lode-bench-cache-reload-\(articles)")
  var loader = CorpusLoader()
  loader.cache = CorpusCache(directory: dir)
  let key = CorpusCache.key(docs, reference: loader.reference)
  if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("corpus-\(key).bin").path) {
    _ = loader.extract(docs)
  }
  let t0 = DispatchTime.now().uptimeNanoseconds
  let corpus = reloadFromCache(loader, docs)
  let reload = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
  let t1 = DispatchTime.now().uptimeNanoseconds
  let rows = touchAllTables(corpus)
  let touch = Double(DispatchTime.now().uptimeNanoseconds - t1) / 1e9
  print(String(format: "cache-reload: %d articles, reload %.3f s, then every table %.3f s (%d rows)", docs.count, reload, touch, rows))
  withExtendedLifetime(corpus) {}
}

@inline(never) func reloadFromCache(_ loader: CorpusLoader, _ docs: [(id: String, path: String, raw: String)]) -> Corpus {
  loader.extract(docs)
}

/// Reads every table once (what a session that lists them all pays on top of the reload).
@inline(never) func touchAllTables(_ c: Corpus) -> Int {
  c.documents.count + c.quotes.count + c.amounts.count + c.dates.count + c.events.count + c.mentions.count + c.people.count
}
