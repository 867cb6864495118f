import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An unnamed file in the cache folder that a cache section being written spills its bulk
/// into (record words, string bytes), batch by batch, so the bytes wait in the page cache
/// (which the kernel can write out and reclaim) instead of the process's memory; they are
/// copied into the cache file when it is written. Removed from the folder as soon as it is
/// made, so it never outlives the process. Written by one section's encoder at a time and read
/// back after the encoding is waited for (`CacheStream`), never by two threads at once.
final class ScratchFile: @unchecked Sendable {
  private let descriptor: Int32
  /// Bytes appended so far.
  private(set) var count = 0
  /// Set when a write failed: the section is not written.
  private(set) var failed = false

  /// A scratch file in `folder`, or nil when one cannot be made there.
  init?(in folder: String) {
    let name =
      folder + "/.scratch." + String(getpid()) + "." + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
    let fd = open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return nil }
    unlink(name)
    descriptor = fd
  }

  deinit { close(descriptor) }

  /// Appends `bytes` at the end.
  func append(_ bytes: UnsafeRawBufferPointer) {
    guard !failed else { return }
    guard PositionalWrite.all(descriptor, bytes, at: count) else {
      failed = true
      return
    }
    count += bytes.count
  }

  /// Every byte from the start, a piece at a time (at most `piece` bytes), in order; false
  /// when a read failed.
  func read(piece: Int = 1 << 20, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
    var buffer = [UInt8](repeating: 0, count: min(piece, max(count, 1)))
    var at = 0
    return buffer.withUnsafeMutableBytes { b -> Bool in
      guard let base = b.baseAddress else { return count == 0 }
      while at < count {
        let n = pread(descriptor, base, min(b.count, count - at), off_t(at))
        if n < 0, errno == EINTR { continue }
        if n <= 0 { return false }
        body(UnsafeRawBufferPointer(start: base, count: n))
        at += n
      }
      return true
    }
  }
}
