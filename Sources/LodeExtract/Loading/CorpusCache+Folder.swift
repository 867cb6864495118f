import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The cache folder itself: private (mode 0700: articles can be private), written
/// atomically, bounded in size by evicting the least recently used entries, and measurable
/// and clearable for `:cache`.
extension CorpusCache {
  /// The folder as a path.
  public var path: String { folder ?? directory.path }

  /// Creates the folder (mode 0700) when missing and makes an existing one private.
  func ensureFolder() -> Bool {
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
    if mkdir(path, 0o700) != 0, errno != EEXIST { return false }
    chmod(path, 0o700)
    return access(path, W_OK) == 0
  }

  /// Marks an entry as just used (its modification time), for least-recently-used eviction.
  static func touch(_ path: String) {
    _ = utimensat(AT_FDCWD, path, nil, 0)
  }

  /// One entry of the folder: a corpus file or a per-build seed cache (a folder).
  public struct Entry: Sendable {
    public var name: String
    public var bytes: Int
    /// Last use (modification time), seconds since the epoch.
    public var used: Int
  }

  /// The folder's entries, least recently used first (leftover temporary files included,
  /// so eviction cleans up after a process that died while writing).
  public var entries: [Entry] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
    var out: [Entry] = []
    for name in names {
      let full = path + "/" + name
      var st = stat()
      guard lstat(full, &st) == 0 else { continue }
      var bytes = Int(st.st_size)
      var used = Int(st.st_mtim.tv_sec)
      if st.st_mode & S_IFMT == S_IFDIR {
        bytes = 0
        for inner in (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? [] {
          var s = stat()
          guard lstat(full + "/" + inner, &s) == 0 else { continue }
          bytes += Int(s.st_size)
          used = max(used, Int(s.st_mtim.tv_sec))
        }
      }
      out.append(Entry(name: name, bytes: bytes, used: used))
    }
    return out.sorted { ($0.used, $0.name) < ($1.used, $1.name) }
  }

  /// Removes the least recently used entries until the folder holds at most `maxBytes`;
  /// `keeping` (the entry just written) stays whatever its size.
  func evict(keeping: String) {
    var list = entries
    var total = list.reduce(0) { $0 + $1.bytes }
    let now = Int(time(nil))
    while total > maxBytes, let oldest = list.first {
      list.removeFirst()
      // Another lode may be writing a temporary file this very moment.
      if oldest.name == keeping || (oldest.name.hasPrefix(".") && now - oldest.used < 60) { continue }
      try? FileManager.default.removeItem(atPath: path + "/" + oldest.name)
      total -= oldest.bytes
    }
  }

  /// Removes every entry; returns how many bytes were freed.
  @discardableResult
  public func clear() -> Int {
    var freed = 0
    for e in entries where (try? FileManager.default.removeItem(atPath: path + "/" + e.name)) != nil {
      freed += e.bytes
    }
    return freed
  }
}
