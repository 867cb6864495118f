import Foundation
import LodeExtract
import LodeModel
import Testing

/// The on-disk corpus cache gives back exactly what extraction produced (tables decoded
/// on first read), and an old, truncated or damaged cache file is never trusted.
@Suite struct CacheTests {
  func inputs() throws -> [(id: String, path: String, raw: String)] {
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.articles.path).sorted()
    return try names.map { n in
      let raw = try String(contentsOf: Fixture.articles.appendingPathComponent(n), encoding: .utf8)
      return (id: (n as NSString).deletingPathExtension, path: n, raw: raw)
    }
  }

  @Test func roundTripIsExact() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lode-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try inputs()
    let plain = CorpusLoader().extract(input)
    var cached = CorpusLoader()
    cached.cache = CorpusCache(directory: dir)
    let first = cached.extract(input)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".bin") }
    #expect(files.count == 1)
    let second = cached.extract(input)
    #expect(second.builtTables == 0)
    for c in [first, second] {
      #expect(c.documents == plain.documents)
      #expect(c.quotes == plain.quotes)
      #expect(c.amounts == plain.amounts)
      #expect(c.dates == plain.dates)
      #expect(c.events == plain.events)
      #expect(c.mentions == plain.mentions)
      #expect(c.people == plain.people)
    }
  }

  @Test func damagedCacheIsIgnored() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lode-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try inputs()
    let cache = CorpusCache(directory: dir)
    let key = CorpusCache.key(input, reference: ReferenceData.bundled)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Data([1, 2, 3, 0xFF, 0xFF, 0xFF]).write(to: dir.appendingPathComponent("corpus-\(key).bin"))
    #expect(cache.load(key) == nil)
    var loader = CorpusLoader()
    loader.cache = cache
    #expect(loader.extract(input).quotes == CorpusLoader().extract(input).quotes)
    #expect(cache.load(key)?.count == input.count)  // rewritten
  }

  func expectSame(_ c: Corpus, _ plain: Corpus, _ comment: Comment? = nil) {
    #expect(c.documents == plain.documents, comment)
    #expect(c.quotes == plain.quotes, comment)
    #expect(c.amounts == plain.amounts, comment)
    #expect(c.dates == plain.dates, comment)
    #expect(c.events == plain.events, comment)
    #expect(c.mentions == plain.mentions, comment)
    #expect(c.people == plain.people, comment)
  }

  @Test func oldVersionIsRejectedAndRewritten() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lode-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try inputs()
    let cache = CorpusCache(directory: dir)
    let key = CorpusCache.key(input, reference: ReferenceData.bundled)
    let url = dir.appendingPathComponent("corpus-\(key).bin")
    var loader = CorpusLoader()
    loader.cache = cache
    _ = loader.extract(input)
    var bytes = try [UInt8](Data(contentsOf: url))
    let version = Array(CorpusCache.version.utf8)
    #expect(Array(bytes[4..<(4 + version.count)]) == version)
    bytes[4 + version.count - 1] -= 1  // e.g. "lode-extract-6" → "lode-extract-5", the previous version
    try Data(bytes).write(to: url)
    #expect(cache.load(key) == nil)
    let reloaded = loader.extract(input)
    expectSame(reloaded, CorpusLoader().extract(input))
    #expect(cache.load(key)?.count == input.count)  // rewritten in the current version
  }

  @Test func damagedOrTruncatedSectionsFallBackToExtraction() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lode-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try inputs()
    let plain = CorpusLoader().extract(input)
    let cache = CorpusCache(directory: dir)
    let key = CorpusCache.key(input, reference: ReferenceData.bundled)
    let url = dir.appendingPathComponent("corpus-\(key).bin")
    var loader = CorpusLoader()
    loader.cache = cache
    _ = loader.extract(input)
    let good = try Data(contentsOf: url)
    var damaged: [(String, Data)] = [("truncated", good.prefix(good.count / 2)), ("header only", good.prefix(64))]
    for fraction in [0.1, 0.3, 0.5, 0.7, 0.9, 0.999] {
      var bytes = [UInt8](good)
      let at = Int(Double(bytes.count) * fraction)
      bytes[at] ^= 0x5A
      damaged.append(("byte \(at) of \(bytes.count) flipped", Data(bytes)))
    }
    for (what, data) in damaged {
      try data.write(to: url)
      expectSame(loader.extract(input), plain, "\(what)")
      let now = try Data(contentsOf: url)
      #expect(cache.load(key) == nil || now != data, "\(what)")
    }
  }

  @Test func cachedLoadIntoABaseMatchesAFreshOne() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lode-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try inputs()
    let base = CorpusLoader.bundledSeeds()
    let again =
      Array(input.prefix(2)) + [
        (id: base.documents[0].id, path: "again.txt", raw: "KYIV - \"We agree,\" Jane Roe said.")
      ]
    let plain = CorpusLoader().extract(again, into: base)
    var cached = CorpusLoader()
    cached.cache = CorpusCache(directory: dir)
    _ = cached.extract(again, into: base)
    let reloaded = cached.extract(again, into: base)
    #expect(reloaded.builtTables == 0)
    expectSame(reloaded, plain)
    #expect(plain.documents.count == base.documents.count + 2)
  }
}
