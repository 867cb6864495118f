import Foundation
import LodeExtract
import LodeModel

/// One reload of an n-article corpus from a cache kept between runs in `directory`
/// (written on the first run), for profiling: `valgrind --tool=callgrind
/// --toggle-collect='*reloadFromCache*' lode-bench cache-reload 2000`.
func runCacheReloadBenchmark(articles: Int) {
  let docs = generatedOnce(articles)
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
  print(
    String(
      format: "cache-reload: %d articles, reload %.3f s, then every table %.3f s (%d rows)", docs.count, reload, touch,
      rows))
  withExtendedLifetime(corpus) {}
}

@inline(never) func reloadFromCache(_ loader: CorpusLoader, _ docs: [(id: String, path: String, raw: String)]) -> Corpus
{
  loader.extract(docs)
}

/// Reads every table once (what a session that lists them all pays on top of the reload),
/// printing each table's first-read time.
@inline(never) func touchAllTables(_ c: Corpus) -> Int {
  var parts: [String] = []
  func timed(_ name: String, _ read: () -> Int) -> Int {
    let t0 = DispatchTime.now().uptimeNanoseconds
    let n = read()
    parts.append(String(format: "%@ %.3f", name, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9))
    return n
  }
  let rows =
    timed("documents") { c.documents.count } + timed("quotes") { c.quotes.count } + timed("amounts") { c.amounts.count }
    + timed("dates") { c.dates.count } + timed("events") { c.events.count } + timed("mentions") { c.mentions.count }
    + c.people.count
  print("  first reads: " + parts.joined(separator: ", "))
  return rows
}

/// The generated articles, kept in a file between runs (generating them under valgrind
/// takes minutes): NUL-separated id, path and text of each.
func generatedOnce(_ articles: Int) -> [(id: String, path: String, raw: String)] {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("lode-bench-articles-\(articles).bin")
  if let data = try? Data(contentsOf: url) {
    let fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    if fields.count % 3 == 1 {
      return stride(from: 0, to: fields.count - 1, by: 3).map {
        (id: fields[$0], path: fields[$0 + 1], raw: fields[$0 + 2])
      }
    }
  }
  let docs = Array(ExtractionCorpus.generate(bytes: articles * 6_000).prefix(articles))
  var out = Data()
  for d in docs { out.append(contentsOf: Array((d.id + "\u{0}" + d.path + "\u{0}" + d.raw + "\u{0}").utf8)) }
  try? out.write(to: url)
  return docs
}
