#if canImport(Glibc)
import Glibc
#endif

/// What the corpus cache remembers of a document file: where it is, what `stat` said when it
/// was read (size, modification time, inode and device: the fast check), and the `FastHash`
/// of its bytes (the check when the fast one differs: a touched or copied file).
public struct FileStamp: Sendable, Hashable {
  public var path: String
  public var size: Int
  /// Modification time in nanoseconds since the epoch.
  public var modified: Int64
  public var inode: UInt64
  public var device: UInt64
  /// `FastHash` of the file's bytes as read; 0 when not known.
  public var contentHash: UInt64

  public init(path: String, size: Int, modified: Int64, inode: UInt64, device: UInt64, contentHash: UInt64 = 0) {
    self.path = path
    self.size = size
    self.modified = modified
    self.inode = inode
    self.device = device
    self.contentHash = contentHash
  }

  /// No file (bundled text).
  public static let none = FileStamp(path: "", size: 0, modified: 0, inode: 0, device: 0)

  /// Whether `stat` still says the same: same size, modification time, inode and device.
  public func sameFile(as other: FileStamp) -> Bool {
    path == other.path && size == other.size && modified == other.modified && inode == other.inode
      && device == other.device
  }

  /// The stamp of the file at `path` (following symlinks), or nil when `stat` fails.
  public static func of(_ path: String) -> (FileStamp, isDirectory: Bool, isRegular: Bool)? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    let kind = st.st_mode & S_IFMT
    let ns = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    let stamp = FileStamp(
      path: path, size: Int(st.st_size), modified: ns, inode: UInt64(st.st_ino), device: UInt64(st.st_dev))
    return (stamp, kind == S_IFDIR, kind == S_IFREG)
  }
}
