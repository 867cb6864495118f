import LodeCore

#if canImport(Glibc)
import Glibc
#endif

/// A document file's bytes turned into text in one pass each: read with one `read` loop,
/// refused when binary (a NUL byte) or over the size limit, CRLF folded to LF in place,
/// then validated as UTF-8 once while the `String` is made. No Foundation on this path.
enum DocumentBytes {
  /// The text of the file at `path` and the `FastHash` of its bytes as read, or why it is
  /// skipped. `limit` is the largest size read (bytes).
  static func read(_ path: String, limit: Int) -> Result<(text: String, hash: UInt64), Diagnostic> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(unreadable(path)) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failure(unreadable(path)) }
    let size = Int(st.st_size)
    if size > limit { return .failure(CorpusLoader.tooLarge(path, size, limit: limit)) }
    var bytes = [UInt8](repeating: 0, count: size)
    var got = 0
    let ok = bytes.withUnsafeMutableBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }
      while got < size {
        let n = Glibc.read(fd, base + got, size - got)
        if n < 0, errno == EINTR { continue }
        if n < 0 { return false }
        if n == 0 { break }
        got += n
      }
      return true
    }
    guard ok else { return .failure(unreadable(path)) }
    if got < size { bytes.removeLast(size - got) }  // the file shrank while read
    var h = FastHash()
    bytes.withUnsafeBytes { h.add($0) }
    return text(&bytes, path: path).map { ($0, h.value) }
  }

  /// `bytes` as document text, or why not: binary, or not UTF-8. Folds CRLF in place.
  static func text(_ bytes: inout [UInt8], path: String) -> Result<String, Diagnostic> {
    let (binary, carriage) = bytes.withUnsafeBytes { b -> (Bool, Bool) in
      guard let base = b.baseAddress else { return (false, false) }
      return (memchr(base, 0, b.count) != nil, memchr(base, 13, b.count) != nil)
    }
    if binary {
      return .failure(
        Diagnostic(
          .warning, id: "extract.load.binary", "skipped \(path): binary file (contains NUL bytes)", source: path))
    }
    if carriage { foldCRLF(&bytes) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(
        Diagnostic(
          .warning, id: "extract.load.notUTF8", "skipped \(path): not valid UTF-8 text",
          hint: "convert it with iconv -t UTF-8",
          source: path))
    }
    return .success(text)
  }

  /// Replaces every CR LF pair with LF, moving the bytes down in place.
  static func foldCRLF(_ bytes: inout [UInt8]) {
    let kept = bytes.withUnsafeMutableBufferPointer { b -> Int in
      var out = 0
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        if c == 13, i + 1 < n, b[i + 1] == 10 {
          i += 1
          continue
        }
        b[out] = c
        out += 1
        i += 1
      }
      return out
    }
    bytes.removeLast(bytes.count - kept)
  }

  static func unreadable(_ path: String) -> Diagnostic {
    Diagnostic(.warning, id: "extract.load.unreadable", "skipped \(path): cannot read the file", source: path)
  }
}
