import Foundation
import LodeExtract
import LodeModel
import Testing

/// The per-file corpus cache of `CorpusLoader.load(paths:)`: an unchanged file is taken
/// from the cache by its stamp alone, an edited one is extracted again, and whatever was
/// cached the corpus is the one a fresh load gives (ids included). A damaged or foreign
/// cache is rebuilt; writes are atomic; the folder is private and bounded.
@Suite struct FileCacheTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("lode-filecache-\(UUID().uuidString)").path
  var articles: String { root + "/articles" }
  var cacheFolder: String { root + "/cache/lode" }

  init() throws {
    try FileManager.default.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.articles.path).sorted().prefix(6)
    for n in names {
      try FileManager.default.copyItem(atPath: Fixture.articles.path + "/" + n, toPath: articles + "/" + n)
    }
  }

  func cleanUp() { try? FileManager.default.removeItem(atPath: root) }

  func loader() -> CorpusLoader {
    var l = CorpusLoader()
    l.cache = CorpusCache(folder: cacheFolder)
    return l
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

  func firstArticle() throws -> String {
    try #require(
      try FileManager.default.contentsOfDirectory(atPath: articles).sorted().first.map { articles + "/" + $0 })
  }

  @Test func secondLoadComesFromTheCacheAndEqualsAFreshOne() throws {
    defer { cleanUp() }
    let plain = CorpusLoader().load(paths: [articles]).0
    let (first, d1) = loader().load(paths: [articles])
    let (second, d2) = loader().load(paths: [articles])
    #expect(d1.isEmpty && d2.isEmpty)
    #expect(second.builtTables == 0)  // decoded lazily from the cache file
    expectSame(first, plain)
    expectSame(second, plain)
    let files = try FileManager.default.contentsOfDirectory(atPath: cacheFolder)
    #expect(files.filter { $0.hasPrefix("corpus-") }.count == 1)
    #expect(files.filter { $0.hasSuffix(".tmp") }.isEmpty)
  }

  /// A file whose size, time, inode and device are unchanged is not read again: bytes
  /// swapped in place under the same stamp still give the cached facts.
  @Test func unchangedStampIsTrustedWithoutReading() throws {
    defer { cleanUp() }
    let path = try firstArticle()
    let before = CorpusLoader().load(paths: [articles]).0
    _ = loader().load(paths: [articles])
    var st = stat()
    #expect(stat(path, &st) == 0)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.write(Data(repeating: 0x41, count: Int(st.st_size)))  // same size, same inode, other bytes
    try handle.close()
    var times = [st.st_atim, st.st_mtim]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    expectSame(loader().load(paths: [articles]).0, before)
  }

  /// An edited file is extracted again; the others come from the cache; the corpus, ids
  /// and all, is what loading the edited folder afresh gives.
  @Test func editedFileIsExtractedAgain() throws {
    defer { cleanUp() }
    let path = try firstArticle()
    _ = loader().load(paths: [articles])
    try "\"We will sign on Friday,\" Jane Roe said on March 3, 2025, of the $2 billion fund.\n"
      .write(toFile: path, atomically: false, encoding: .utf8)
    let fresh = CorpusLoader().load(paths: [articles]).0
    let (cached, diagnostics) = loader().load(paths: [articles])
    #expect(diagnostics.isEmpty)
    expectSame(cached, fresh)
    #expect(cached.quotes.contains { $0.text.hasPrefix("We will sign on Friday") })
    // And a third load, all from the rewritten cache, is the same again.
    expectSame(loader().load(paths: [articles]).0, fresh)
  }

  /// A file with a new stamp but the same bytes (touched, copied) is reused by its hash.
  @Test func touchedFileGivesTheSameCorpus() throws {
    defer { cleanUp() }
    let path = try firstArticle()
    let plain = CorpusLoader().load(paths: [articles]).0
    _ = loader().load(paths: [articles])
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
    expectSame(loader().load(paths: [articles]).0, plain)
  }

  /// Adding and removing files keeps ids deterministic: `q1…` numbered as a fresh load does.
  @Test func addedAndRemovedFilesKeepIdsDeterministic() throws {
    defer { cleanUp() }
    _ = loader().load(paths: [articles])
    try "\"Nothing is agreed,\" Ivan Petrenko said.\n".write(
      toFile: articles + "/000-first.txt", atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(
      atPath: try FileManager.default.contentsOfDirectory(atPath: articles).sorted().last.map { articles + "/" + $0 }
        ?? "")
    let fresh = CorpusLoader().load(paths: [articles]).0
    let cached = loader().load(paths: [articles]).0
    expectSame(cached, fresh)
    #expect(cached.quotes.first?.id == "q1")
    #expect(cached.quotes.first?.provenance.doc == "000-first")
  }

  /// `:load` on top of a corpus: the cached load renumbers after the base's rows as a fresh one does.
  @Test func cachedLoadOnTopOfACorpusEqualsAFreshOne() throws {
    defer { cleanUp() }
    let base = CorpusLoader().extract([(id: "x", path: "x.txt", raw: "\"Fine,\" John Smith said on March 3, 2025.")])
    let fresh = CorpusLoader().load(paths: [articles], into: base).0
    _ = loader().load(paths: [articles], into: base)
    let cached = loader().load(paths: [articles], into: base).0
    expectSame(cached, fresh)
    #expect(cached.quotes.first?.provenance.doc == "x")
  }

  @Test func damagedOrForeignCacheIsRebuilt() throws {
    defer { cleanUp() }
    let plain = CorpusLoader().load(paths: [articles]).0
    _ = loader().load(paths: [articles])
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: cacheFolder).first { $0.hasPrefix("corpus-") })
    let file = cacheFolder + "/" + name
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
    for i in stride(from: bytes.count / 2, to: bytes.count, by: 97) { bytes[i] ^= 0x5A }
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    expectSame(loader().load(paths: [articles]).0, plain, "damaged")
    try Data("not a lode cache at all".utf8).write(to: URL(fileURLWithPath: file))
    expectSame(loader().load(paths: [articles]).0, plain, "foreign")
    // The foreign file was replaced by a good one: the next load is lazy again.
    #expect(loader().load(paths: [articles]).0.builtTables == 0)
  }

  @Test func cacheFolderIsPrivate() throws {
    defer { cleanUp() }
    _ = loader().load(paths: [articles])
    let mode = try #require(try FileManager.default.attributesOfItem(atPath: cacheFolder)[.posixPermissions] as? Int)
    #expect(mode & 0o777 == 0o700)
  }

  @Test func unwritableCacheFolderMeansNoCache() throws {
    defer { cleanUp() }
    let plain = CorpusLoader().load(paths: [articles]).0
    try "a file where the cache folder's parent should be".write(
      toFile: root + "/cache", atomically: true, encoding: .utf8)
    let (c, diagnostics) = loader().load(paths: [articles])
    #expect(diagnostics.isEmpty)
    expectSame(c, plain)
    #expect(!FileManager.default.fileExists(atPath: cacheFolder))
  }

  /// Many writers of one entry at once: the file left is one complete, valid cache, and no
  /// temporary file stays behind.
  @Test func concurrentWritesAreAtomic() throws {
    defer { cleanUp() }
    let plain = CorpusLoader().load(paths: [articles]).0
    DispatchQueue.concurrentPerform(iterations: 8) { _ in _ = loader().load(paths: [articles]) }
    let names = try FileManager.default.contentsOfDirectory(atPath: cacheFolder)
    #expect(names.filter { $0.hasPrefix("corpus-") }.count == 1)
    #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
    let again = loader().load(paths: [articles]).0
    #expect(again.builtTables == 0)
    expectSame(again, plain)
  }

  /// Over its size bound the folder drops the least recently used entries, never the one
  /// just written.
  @Test func leastRecentlyUsedEntriesAreEvicted() throws {
    defer { cleanUp() }
    try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
    for (i, name) in ["corpus-old.bin", "corpus-mid.bin"].enumerated() {
      try Data(repeating: 1, count: 4_000).write(to: URL(fileURLWithPath: cacheFolder + "/" + name))
      try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSinceNow: Double(i - 10) * 60)], ofItemAtPath: cacheFolder + "/" + name)
    }
    var l = CorpusLoader()
    var cache = CorpusCache(folder: cacheFolder)
    let written = 8_000
    cache.maxBytes = written
    l.cache = cache
    _ = l.load(paths: [articles])
    let names = Set(try FileManager.default.contentsOfDirectory(atPath: cacheFolder))
    #expect(!names.contains("corpus-old.bin"))
    #expect(!names.contains("corpus-mid.bin"))
    #expect(names.filter { $0.hasPrefix("corpus-") }.count == 1)  // the new entry, though over the bound alone
    cache.maxBytes = 1 << 30
    try Data(repeating: 1, count: 100).write(to: URL(fileURLWithPath: cacheFolder + "/corpus-small.bin"))
    #expect(Set(cache.entries.map(\.name)).count == 2)
    #expect(cache.clear() > 100)
    #expect(cache.entries.isEmpty)
  }
}
