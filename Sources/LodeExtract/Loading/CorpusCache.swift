import Foundation
import LodeCore
import LodeModel

/// Extraction results on disk, so a large corpus reloads without re-extracting.
///
/// One file per set of inputs under `$XDG_CACHE_HOME/lode` (or `~/.cache/lode`), named by a
/// hash of the extractor version, the reference data and every input's id, path and content.
/// A damaged or stale file is simply ignored (and rewritten); caching never fails a load.
/// Each table is its own section (`CacheFile`), so a reload decodes only the tables used.
public struct CorpusCache: Sendable {
  /// Bump when extraction output changes, so old caches are not reused.
  public static let version = "lode-extract-8"
  public let directory: URL
  /// `directory` as a path when made from one: reading `URL.path` builds a `Set<UInt8>`,
  /// whose first use costs a scan of every conformance record in the binary.
  let folder: String?

  /// The cache in `folder`, a path (what start-up uses: no URL parsing to open a file).
  public init(folder: String) {
    directory = URL(fileURLWithPath: folder)
    self.folder = folder
  }

  public init(directory: URL? = nil) {
    folder = nil
    if let directory {
      self.directory = directory
    } else {
      let env = ProcessInfo.processInfo.environment
      let base =
        env["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: env["HOME"] ?? NSTemporaryDirectory()).appendingPathComponent(".cache")
      self.directory = base.appendingPathComponent("lode")
    }
  }

  /// The cache key for these inputs under this reference data (every field of it). Every
  /// byte of every input counts: each input is hashed eight bytes at a time (`FastHash`) on all cores, then
  /// the inputs' hashes in order, so checking the key of a large corpus runs at memory speed.
  public static func key(_ inputs: [(id: String, path: String, raw: String)], reference: ReferenceData) -> String {
    var h = FastHash()
    h.add(version)
    h.add(reference)
    let each = ParallelMap.map(inputs.count) { k in
      var h = FastHash()
      h.add(inputs[k].id)
      h.add(inputs[k].path)
      h.add(inputs[k].raw)
      return h.value
    }
    h.add(UInt64(inputs.count))
    for v in each { h.add(v) }
    return h.hex
  }

  func file(_ key: String) -> URL { directory.appendingPathComponent("corpus-\(key).bin") }

  /// The cache file for `key`, read but not decoded, or nil when absent or not of this
  /// version. Its sections are checked and decoded when read (`CacheFile.records`). The
  /// bytes are read into memory, not mapped: tables decode lazily, possibly much later, and
  /// a mapped file truncated meanwhile by another program would fault (SIGBUS) on access.
  func open(_ key: String) -> CacheFile? {
    // A path string, not `file(key)`: URL's appending builds a `Set<UInt8>`, whose first
    // use costs a scan of every conformance record in the binary (about 250k instructions).
    let path = (folder ?? directory.path) + "/corpus-" + key + ".bin"
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return CacheFile(data: data, version: Self.version)
  }

  /// The corpus cached under `key` for `documents` inputs, or nil when there is no such
  /// file of this version. For a caller that stored the key itself (`key` hashes every
  /// input): people are read now, every other table on first use, so a line reading one
  /// table decodes one. A section found damaged then comes from `fallback`, made once.
  public func corpus(
    _ key: String, documents: Int, reference: ReferenceData, fallback: @escaping @Sendable () -> Corpus
  ) -> Corpus? {
    guard let file = open(key), file.documentCount == documents else { return nil }
    return CorpusAssembler.assemble(
      cached: file, replacing: [], reference: reference, base: nil, fallback: FreshCorpus(fallback))
  }

  /// The cached facts for `key`, or nil when absent, of another version or damaged.
  public func load(_ key: String) -> [DocumentFacts]? {
    typealias R = CacheRecords
    guard let f = open(key), let people = f.records(.people, R.people), let documents = f.records(.documents, R.document),
      let quotes = f.records(.quotes, R.all(R.quote)), let amounts = f.records(.amounts, R.all(R.amount)),
      let dates = f.records(.dates, R.all(R.date)), let events = f.records(.events, R.all(R.event)),
      let mentions = f.records(.mentions, R.all(R.mention))
    else { return nil }
    return documents.indices.map { i in
      DocumentFacts(
        document: documents[i], quotes: quotes[i], amounts: amounts[i], dates: dates[i], events: events[i],
        mentions: mentions[i], discovered: people[i])
    }
  }

  /// The file's bytes, shared read-only by the decoding threads.
  struct UnsafeFile: @unchecked Sendable { let bytes: UnsafeRawBufferPointer }

  /// Writes the facts for `key`; failures are ignored (the cache is an optimisation).
  public func store(_ facts: [DocumentFacts], key: String) {
    let magic = Array(Self.version.utf8)
    let sections = CacheSection.allCases
    let headerEnd = 4 + magic.count + 4 + 24 * sections.count
    var out: [UInt8] = []
    StringTable.append(UInt32(magic.count), to: &out)
    out += magic
    StringTable.append(UInt32(facts.count), to: &out)
    out += [UInt8](repeating: 0, count: headerEnd - out.count)
    var entry = 4 + magic.count + 4
    for section in sections {
      guard let range = try? CacheFile.encode(section, facts, into: &out) else { return }
      var h = FastHash()
      out.withUnsafeBytes { h.add(UnsafeRawBufferPointer(rebasing: $0[range])) }
      for (k, v) in [UInt64(range.lowerBound), UInt64(range.count), h.value].enumerated() {
        withUnsafeBytes(of: v.littleEndian) { out.replaceSubrange((entry + 8 * k)..<(entry + 8 * k + 8), with: $0) }
      }
      entry += 24
    }
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let tmp = directory.appendingPathComponent(".corpus-\(key)-\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(out).write(to: tmp)
      _ = try? FileManager.default.removeItem(at: file(key))
      try FileManager.default.moveItem(at: tmp, to: file(key))
    } catch {
      try? FileManager.default.removeItem(at: tmp)
    }
  }
}
