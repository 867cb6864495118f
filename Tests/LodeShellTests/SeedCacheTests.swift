import Foundation
import LodeExtract
import LodeModel
import LodeTestSupport
import Testing

@testable import LodeShell

@Suite struct SeedCacheTests {
  /// Every part of the corpus a command can print.
  func same(_ a: Corpus, _ b: Corpus) -> Bool {
    a.documents == b.documents && a.quotes == b.quotes && a.amounts == b.amounts
      && a.dates == b.dates && a.events == b.events && a.people == b.people
      && a.organisations == b.organisations && a.mentions == b.mentions
      && a.reference == b.reference
  }

  @Test func aCachedSeedCorpusEqualsAFreshExtraction() throws {
    let dir = try TemporaryDirectory()
    let fresh = CorpusLoader.bundledSeeds()
    let first = SeedCorpus.load(cacheFolder: dir.path, build: "build-a")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/seeds-build-a")
    // The content key beside the one cache file it names.
    let key = try #require(SeedCorpus.readKey(dir.path + "/seeds-build-a/" + SeedCorpus.keyFileName))
    #expect(files.sorted() == ["corpus-\(key).bin", SeedCorpus.keyFileName])
    let second = SeedCorpus.load(cacheFolder: dir.path, build: "build-a")
    #expect(same(first, fresh))
    #expect(same(second, fresh))
  }

  @Test func anotherBuildNeverReadsTheOldCacheAndRemovesIt() throws {
    let dir = try TemporaryDirectory()
    _ = SeedCorpus.load(cacheFolder: dir.path, build: "build-a")
    let corpus = SeedCorpus.load(cacheFolder: dir.path, build: "build-b")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(names == ["seeds-build-b"])
    #expect(same(corpus, CorpusLoader.bundledSeeds()))
  }

  @Test func aDamagedCacheFileIsIgnored() throws {
    let dir = try TemporaryDirectory()
    _ = SeedCorpus.load(cacheFolder: dir.path, build: "b")
    let folder = dir.path + "/seeds-b"
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      try Data([1, 2, 3, 4, 5]).write(to: URL(fileURLWithPath: folder + "/" + name))
    }
    #expect(same(SeedCorpus.load(cacheFolder: dir.path, build: "b"), CorpusLoader.bundledSeeds()))
  }

  @Test func aDamagedSectionReadLazilyIsExtractedAfreshAndTheCacheRepaired() throws {
    let dir = try TemporaryDirectory()
    _ = SeedCorpus.load(cacheFolder: dir.path, build: "s")
    let folder = dir.path + "/seeds-s/"
    let key = try #require(SeedCorpus.readKey(folder + SeedCorpus.keyFileName))
    let url = URL(fileURLWithPath: folder + "corpus-\(key).bin")
    let original = try Data(contentsOf: url)
    var damaged = original
    // The header stays valid (the file opens, people decode); a later section does not.
    damaged[damaged.count - 1] ^= 0xFF
    try damaged.write(to: url)
    let corpus = SeedCorpus.load(cacheFolder: dir.path, build: "s")
    #expect(same(corpus, CorpusLoader.bundledSeeds()))
    // Sections are placed in the order their encoding finishes, so the repaired file holds
    // the original's sections, each with its length and hash, perhaps at other offsets.
    let repaired = try Data(contentsOf: url)
    #expect(repaired.count == original.count)
    #expect(Self.sections(repaired) == Self.sections(original))
    #expect(Self.sections(original).count == 8)
  }

  /// Each section's (length, hash) from a cache file's header, in section order; the header
  /// is the magic's length (4 bytes) and text, the document count (4), then per section
  /// offset, length and hash (8 bytes each, little-endian).
  static func sections(_ file: Data) -> [[UInt64]] {
    let bytes = [UInt8](file)
    func word(_ at: Int, _ size: Int) -> UInt64 {
      (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
    }
    guard bytes.count >= 4 else { return [] }
    let start = 4 + Int(word(0, 4)) + 4
    return stride(from: start, to: start + 24 * 8, by: 24).compactMap { at in
      at + 24 <= bytes.count ? [word(at + 8, 8), word(at + 16, 8)] : nil
    }
  }

  @Test func theContentKeyIsStoredBesideTheCacheAndAWrongOneIsRecovered() throws {
    let dir = try TemporaryDirectory()
    _ = SeedCorpus.load(cacheFolder: dir.path, build: "k")
    let keyFile = dir.path + "/seeds-k/" + SeedCorpus.keyFileName
    let stored = try #require(SeedCorpus.readKey(keyFile))
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/seeds-k")
    #expect(names.contains("corpus-\(stored).bin"))
    // A key naming no cache file (valid hex, wrong value): the real key is hashed again.
    try Data("0123abcd".utf8).write(to: URL(fileURLWithPath: keyFile))
    #expect(same(SeedCorpus.load(cacheFolder: dir.path, build: "k"), CorpusLoader.bundledSeeds()))
    #expect(SeedCorpus.readKey(keyFile) == stored)
    // Anything but lower-case hex is refused: the key names a file.
    try Data("../../x".utf8).write(to: URL(fileURLWithPath: keyFile))
    #expect(SeedCorpus.readKey(keyFile) == nil)
  }

  @Test func theBuildIDOfAnELFFileIsReadFromItsNote() {
    // namesz 4, descsz 8, type 3 (NT_GNU_BUILD_ID), "GNU\0", 8 descriptor bytes.
    let note: [UInt8] =
      [4, 0, 0, 0, 8, 0, 0, 0, 3, 0, 0, 0, 0x47, 0x4E, 0x55, 0]
      + [0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x01, 0x02, 0x0A]
    #expect(BuildIdentity.buildID(in: note) == "deadbeef0001020a")
    #expect(BuildIdentity.buildID(in: Array(note.prefix(20))) == nil)
    #expect(BuildIdentity.read(path: "/nonexistent/lode") == nil)
  }
}
