import Foundation
import LodeModel
import Synchronization

/// Extraction results on disk, so a large corpus reloads without re-extracting.
///
/// One file per set of inputs under `$XDG_CACHE_HOME/lode` (or `~/.cache/lode`), named by a
/// hash of the extractor version, the reference data and every input's id, path and content.
/// A damaged or stale file is simply ignored (and rewritten); caching never fails a load.
/// Each table is its own section (`CacheFile`), so a reload decodes only the tables used.
public struct CorpusCache: Sendable {
  /// Bump when extraction output or the layout changes, so old caches are not reused.
  public static let version = "lode-extract-10"
  public let directory: URL
  /// The most the cache folder may hold (corpus files and seed caches); after a write,
  /// the least recently used files are removed until it fits. Default 2 GiB.
  public var maxBytes: Int = 2 << 30
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

  /// The key of a load of `roots` (files or folders; made absolute): the extractor version,
  /// every field of the reference data and the roots. What those roots hold is checked file
  /// by file against the cache's own record of each (`CorpusLoader.load(paths:)`).
  public static func key(roots: [String], reference: ReferenceData) -> String {
    var h = FastHash()
    h.add("files")
    h.add(version)
    h.add(reference)
    h.add(UInt64(roots.count))
    for r in roots { h.add(absolute(r)) }
    return h.hex
  }

  /// `path` resolved (symlinks, `..`), or made absolute against the working folder.
  static func absolute(_ path: String) -> String {
    var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    if realpath(path, &resolved) != nil {
      return String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  func file(_ key: String) -> URL { directory.appendingPathComponent("corpus-\(key).bin") }

  /// The cache file for `key`, its header read, or nil when absent or not of this version.
  /// Each section is read, checked and decoded when its table is (`CacheFile.records`).
  func open(_ key: String) -> CacheFile? {
    // A path string, not `file(key)`: URL's appending builds a `Set<UInt8>`, whose first
    // use costs a scan of every conformance record in the binary (about 250k instructions).
    let path = (folder ?? directory.path) + "/corpus-" + key + ".bin"
    guard let file = CacheFile(path: path, version: Self.version) else { return nil }
    Self.touch(path)
    return file
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
    open(key).flatMap(Self.facts)
  }

  /// Every document's facts in `f`, decoded now, or nil when a section is damaged.
  static func facts(_ f: CacheFile) -> [DocumentFacts]? {
    typealias R = CacheRecords
    guard let people = f.records(.people, R.people), let documents = f.records(.documents, R.document),
      let quotes = f.records(.quotes, R.all(R.quote)), let amounts = f.records(.amounts, R.all(R.amount)),
      let dates = f.records(.dates, R.all(R.date)), let events = f.records(.events, R.all(R.event)),
      let mentions = f.records(.mentions, R.all(R.mention)), let files = f.records(.files, R.file)
    else { return nil }
    return documents.indices.map { i in
      DocumentFacts(
        document: documents[i], quotes: quotes[i], amounts: amounts[i], dates: dates[i], events: events[i],
        mentions: mentions[i], discovered: people[i], file: files[i].stamp)
    }
  }

  /// Where each section went in the file being written: the next free offset, then each
  /// section's offset, length and hash, taken as sections are written (in any order).
  final class Placement: Sendable {
    private let state: Mutex<(next: Int, entries: [(offset: Int, bytes: Int, hash: UInt64)?])>
    init(sections: Int, from offset: Int) { state = Mutex((offset, Array(repeating: nil, count: sections))) }

    /// Room for section `k` of `bytes` bytes: its offset.
    func place(_ k: Int, bytes: Int) -> Int {
      state.withLock { s in
        let at = s.next
        s.next += bytes
        s.entries[k] = (at, bytes, 0)
        return at
      }
    }

    /// The hash of section `k`, once written.
    func record(_ k: Int, hash: UInt64) { state.withLock { $0.entries[k]?.hash = hash } }

    var entries: [(offset: Int, bytes: Int, hash: UInt64)?] { state.withLock { $0.entries } }
  }

  /// The file's bytes, shared read-only by the decoding threads.
  struct UnsafeFile: @unchecked Sendable { let bytes: UnsafeRawBufferPointer }

  /// Writes the facts for `key`; failures are ignored (the cache is an optimisation).
  /// Each section is encoded on its own core and written as soon as it is, as the pieces
  /// it was made of, after the header; the header (each section's offset, length and hash)
  /// is written last, then the file is put in place (`CacheStream`).
  public func store(_ facts: [DocumentFacts], key: String) {
    let stream = CacheStream(self, key: key, spilling: false)
    stream.append(facts)
    _ = stream.finish()
  }
}
