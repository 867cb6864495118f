import Glibc

/// Writing a whole buffer at a file offset: `pwrite` may write less than asked or be
/// interrupted, so it is called until every byte is written or it fails.
enum PositionalWrite {
  /// Writes all of `bytes` at `offset` of `descriptor`; false when the file cannot take them
  /// (full disk, closed or read-only descriptor).
  static func all(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var written = 0
    while written < bytes.count {
      let n = pwrite(descriptor, base + written, bytes.count - written, off_t(offset + written))
      if n < 0, errno == EINTR { continue }
      if n <= 0 { return false }
      written += n
    }
    return true
  }
}
