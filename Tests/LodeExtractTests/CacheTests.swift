import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// The on-disk corpus cache gives back exactly what extraction produced, and a damaged
/// cache file is ignored.
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
}
