import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// One cache entry being written: a temporary file of this process in the cache folder,
/// filled piece by piece at given offsets (from several threads: each section as soon as it
/// is encoded), then renamed over the entry, so a reader (or a second lode writing the same
/// entry at the same time) sees the old file or the new one, never half of one. Any failure
/// (read-only folder, disk full) leaves the cache as it was.
final class CacheEntryWriter: Sendable {
  private let cache: CorpusCache
  private let name: String
  private let temporary: String
  private let descriptor: Int32
  private let failed = Atomic<Bool>(false)

  /// Opens the temporary file for entry `name`; nil when the folder cannot be written.
  init?(_ cache: CorpusCache, name: String) {
    guard cache.ensureFolder() else { return nil }
    let tmp =
      cache.path + "/." + name + "." + String(getpid()) + "." + String(UInt64.random(in: 0...UInt64.max), radix: 36)
      + ".tmp"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return nil }
    self.cache = cache
    self.name = name
    temporary = tmp
    descriptor = fd
  }

  /// Writes `chunks` one after another from byte `offset` on and returns the `FastHash` of
  /// what it wrote; a failure spoils the entry.
  @discardableResult
  func write(_ chunks: [CacheChunk], at offset: Int) -> UInt64 {
    var at = offset
    var hash = FastHash.Stream()
    for chunk in chunks {
      var ok = true
      let read = chunk.pieces { b in
        hash.add(b)
        guard ok else { return }
        ok = PositionalWrite.all(descriptor, b, at: at)
        at += b.count
      }
      guard ok, read else {
        fail()
        return 0
      }
    }
    return hash.value
  }

  /// Marks the entry as not to be kept (a section could not be encoded or written).
  func fail() { failed.store(true, ordering: .relaxed) }

  /// Like `finish`, but first opens the written file for reading (nil when a write
  /// failed): its descriptor keeps it readable after it is renamed, replaced or evicted.
  func finishOpened() -> CacheFile? {
    let opened = failed.load(ordering: .relaxed) ? nil : CacheFile(path: temporary, version: CorpusCache.version)
    finish()
    return opened
  }

  /// Closes the file and, unless a write failed, puts it in place of the entry and evicts
  /// the least recently used entries beyond the cache's size; otherwise removes it.
  func finish() {
    close(descriptor)
    guard !failed.load(ordering: .relaxed), rename(temporary, cache.path + "/" + name) == 0 else {
      unlink(temporary)
      return
    }
    cache.evict(keeping: name)
  }
}
