import Foundation
import LodeCore
import LodeModel
import Testing

@testable import LodeExtract

/// A first load with a cache extracts a batch at a time into the cache file (spilling each
/// batch's encoded bytes to scratch files) and then serves the corpus from that file: over
/// several batches it is the corpus a load without a cache gives, row for row, and it leaves
/// the one cache file behind, no scratch or temporary files.
@Suite struct StreamedCacheTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("lode-streamed-\(UUID().uuidString)").path
  var articles: String { root + "/articles" }
  var cacheFolder: String { root + "/cache/lode" }
  /// Two full batches and part of a third.
  var fileCount: Int { 2 * CacheStream.batch + 7 }

  init() throws {
    try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
    let speakers = ["Volodymyr Zelensky", "Donald Trump", "Scott Bessent", "Yulia Svyrydenko"]
    for i in 0..<fileCount {
      let text = """
        ---
        title: Talks \(i)
        date: 2025-03-\(10 + i % 18)
        ---
        KYIV — "We will sign the minerals deal for $\(i + 1) billion," \(speakers[i % 4]) said on Friday.

        The agreement covers \(i % 9 + 2)% of the revenues from lithium in Kirovohrad, the ministry said.
        """
      try text.write(toFile: articles + "/a\(i).md", atomically: true, encoding: .utf8)
    }
  }

  func cleanUp() { try? FileManager.default.removeItem(atPath: root) }

  @Test func firstLoadOverSeveralBatchesIsServedFromTheFileItWrote() throws {
    defer { cleanUp() }
    let plain = CorpusLoader().load(paths: [articles]).0
    var cached = CorpusLoader()
    cached.cache = CorpusCache(folder: cacheFolder)
    let (first, diagnostics) = cached.load(paths: [articles])
    #expect(diagnostics.isEmpty)
    #expect(first.builtTables == 0)  // read back from the cache file, table by table
    #expect(first.documents.count == fileCount)
    #expect(plain.quotes.count == fileCount)  // one quotation per article
    #expect(first.documents == plain.documents)
    #expect(first.quotes == plain.quotes)
    #expect(first.amounts == plain.amounts)
    #expect(first.dates == plain.dates)
    #expect(first.events == plain.events)
    #expect(first.mentions == plain.mentions)
    #expect(first.people == plain.people)
    let files = try FileManager.default.contentsOfDirectory(atPath: cacheFolder)
    #expect(files.count == 1)
    #expect(files.allSatisfy { $0.hasPrefix("corpus-") && $0.hasSuffix(".bin") })
    let second = cached.load(paths: [articles]).0
    #expect(second.quotes == plain.quotes)
    #expect(second.documents == plain.documents)
  }
}
