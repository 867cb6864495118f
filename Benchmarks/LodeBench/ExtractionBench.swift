import Foundation
import LodeExtract
import LodeModel

/// Extraction throughput on a generated corpus of ≥ 50 MB of wire-style articles:
/// single-core MB/s (one document after another) and all-core MB/s (CorpusLoader).
/// Budget: ≥ 20 MB/s per core. Deterministic input; timings vary by machine.
func runExtractionBenchmark(megabytes: Int = 50) {
  let docs = ExtractionCorpus.generate(bytes: megabytes * 1_000_000)
  let total = docs.reduce(0) { $0 + $1.raw.utf8.count }
  let mb = Double(total) / 1_000_000
  print("extraction: \(docs.count) documents, \(String(format: "%.1f", mb)) MB")

  let loader = CorpusLoader()
  let extractor = DocumentExtractor(gazetteer: Gazetteer(ReferenceData.bundled))
  let sample = Array(docs.prefix(max(1, docs.count / 5)))
  let sampleMB = Double(sample.reduce(0) { $0 + $1.raw.utf8.count }) / 1_000_000
  var t0 = DispatchTime.now().uptimeNanoseconds
  let cpu0 = threadCPUSeconds()
  var quotes = 0
  for d in sample { quotes += extractor.extract(id: d.id, path: d.path, raw: d.raw).quotes.count }
  let single = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
  let cpu = threadCPUSeconds() - cpu0
  print(
    String(
      format: "  single core: %.1f MB in %.2f s = %.1f MB/s (%d quotes); CPU time of the thread %.2f s = %.1f MB/s",
      sampleMB, single, sampleMB / single, quotes, cpu, sampleMB / cpu))

  t0 = DispatchTime.now().uptimeNanoseconds
  let corpus = loader.extract(docs)
  let all = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
  let cores = ProcessInfo.processInfo.activeProcessorCount
  print(String(format: "  all cores (%d): %.1f MB in %.2f s = %.1f MB/s", cores, mb, all, mb / all))
  print(
    "  rows: \(corpus.quotes.count) quotes, \(corpus.amounts.count) amounts, \(corpus.dates.count) dates, \(corpus.events.count) events, \(corpus.mentions.count) mentions"
  )
  print(
    "  budget: 20 MB/s per core — \(mb / all / Double(cores) >= 20 || sampleMB / single >= 20 ? "met" : "NOT met") (wall clock)"
  )
}

/// Cold load (extract + write the cache) versus warm reload of a 10,000-article corpus:
/// the median of three reloads (key check, then tables decoded on first read), what reading
/// every table then adds, and for comparison decoding every section eagerly and assembling.
func runCacheBenchmark(articles: Int) {
  let docs = Array(ExtractionCorpus.generate(bytes: articles * 6_000).prefix(articles))
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lode-bench-cache-\(ProcessInfo.processInfo.processIdentifier)")
  defer { try? FileManager.default.removeItem(at: dir) }
  var loader = CorpusLoader()
  let cache = CorpusCache(directory: dir)
  loader.cache = cache
  func seconds(_ t0: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9 }
  var t0 = DispatchTime.now().uptimeNanoseconds
  let cold = loader.extract(docs)
  let coldS = seconds(t0)
  var runs: [(total: Double, key: Double, tables: Double, eager: Double)] = []
  var same = true
  for _ in 0..<3 {
    t0 = DispatchTime.now().uptimeNanoseconds
    let warm = loader.extract(docs)
    let total = seconds(t0)
    t0 = DispatchTime.now().uptimeNanoseconds
    _ = (
      warm.documents.count, warm.quotes.count, warm.amounts.count, warm.dates.count, warm.events.count,
      warm.mentions.count
    )
    let tables = seconds(t0)
    same =
      same && warm.quotes == cold.quotes && warm.amounts == cold.amounts && warm.documents == cold.documents
      && warm.dates == cold.dates && warm.events == cold.events && warm.mentions == cold.mentions
      && warm.people == cold.people
    t0 = DispatchTime.now().uptimeNanoseconds
    let key = CorpusCache.key(docs, reference: loader.reference)
    let keyS = seconds(t0)
    t0 = DispatchTime.now().uptimeNanoseconds
    var facts = cache.load(key) ?? []
    let eager = CorpusAssembler.assemble(moving: &facts, reference: loader.reference)
    runs.append((total, keyS, tables, seconds(t0)))
    withExtendedLifetime(eager) {}
  }
  runs.sort { $0.total < $1.total }
  let m = runs[runs.count / 2]
  let size =
    (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: [.fileSizeKey]))?
    .compactMap { try? $0.resourceValues(forKeys: [.fileSizeKey]).fileSize }.reduce(0, +) ?? 0
  print(
    String(
      format:
        "cache: %d articles, cold load %.2f s, reload from cache %.3f s median of 3 (key %.3f), then reading every table %.3f s (eager decode + assemble of all: %.3f s; %.1f MB cache file), identical corpus: %@",
      docs.count, coldS, m.total, m.key, m.tables, m.eager, Double(size) / 1e6, same ? "yes" : "NO"))
}

/// Deterministic synthetic articles built from wire-style paragraphs with varied names,
/// figures and dates (plus the bundled seed articles).
enum ExtractionCorpus {
  static let names = [
    "Jane Roe", "John Smith", "Olena Koval", "Petro Bondar", "Maria Lind", "Ahmed Nasser", "Li Wei", "Anna Berg",
  ]
  static let paragraphs = [
    "KYIV, March {d} (Wire) - Ukraine and the United States may sign a minerals agreement as early as Friday, according to Prime Minister Denys Shmyhal. The fund could raise ${n} billion in its first year.",
    "\"We have done the hard work,\" {name} said. \"Now it is up to the lawyers, and we expect about {p}% of revenues to be reinvested.\"",
    "{name}, an economist at a London think tank, called the estimates \"wildly optimistic\" and said most of the {n} deposits lie in occupied areas of the Donetsk and Zaporizhzhia regions.",
    "Zelensky told lawmakers on Tuesday: “There will be no debt for Ukraine.” He added that half of its future resource revenues would go to the fund, worth more than €{n}0 million.",
    "Lt. Gen. Ivan Petrenko told the U.S. delegation on Monday that the front line is {p}.5 km from the mine in the Dnipropetrovsk region. \"We cannot protect every shaft,\" he said.",
    "Rare earth minerals, which include 17 key elements, are abundant in the Dnipro, Kirovohrad, and Zhytomyr regions, officials said on February {d}, 2025. Lithium and graphite reserves exceed {n} million tonnes.",
    "Trump said last week that the U.S. had given Ukraine $350 billion. \"I think we are pretty close,\" he said, while Svyrydenko said {n} of the 34 critical raw materials were found in Ukraine.",
  ]

  /// Articles of `paragraphs` paragraphs each (12: about 2.2 kB; 28: about 5.2 kB, wire-story length).
  static func generate(bytes: Int, paragraphs count: Int = 12) -> [(id: String, path: String, raw: String)] {
    var out: [(id: String, path: String, raw: String)] = BundledSeeds.articles.map {
      (id: $0.name, path: $0.name, raw: $0.text)
    }
    var size = out.reduce(0) { $0 + $1.raw.utf8.count }
    var i = 0
    while size < bytes {
      var text = "---\ntitle: Generated article \(i)\ndate: 2025-03-\(String(format: "%02d", i % 28 + 1))\n---\n"
      for k in 0..<count {
        let p = paragraphs[(i + k) % paragraphs.count]
          .replacingOccurrences(of: "{name}", with: names[(i + k) % names.count])
          .replacingOccurrences(of: "{n}", with: String((i * 7 + k) % 900 + 10))
          .replacingOccurrences(of: "{p}", with: String((i + k) % 60 + 1))
          .replacingOccurrences(of: "{d}", with: String((i + k) % 28 + 1))
        text += p + "\n"
      }
      size += text.utf8.count
      out.append((id: "gen\(i)", path: "gen\(i).txt", raw: text))
      i += 1
    }
    return out
  }
}
