import Foundation
import LodeCore

#if canImport(Glibc)
import Glibc
#endif

/// Reads a JSON-lines stream (a file, or standard input) one line at a time in 1 MiB
/// reads, never holding more than one line and one read: what streams a dump of millions
/// of articles through bounded memory. Blank lines are skipped; a line longer than
/// `maxLine` bytes is skipped whole, reported as `.tooLong`; a final line without a
/// newline still counts.
public final class JSONLinesReader {
  public enum Item: Sendable {
    case line(number: Int, Data)
    case tooLong(number: Int, bytes: Int)
  }

  let fd: Int32
  let owned: Bool
  public let source: String
  public let maxLine: Int
  private var buffer = [UInt8]()
  private var start = 0
  private var atEnd = false
  private var number = 0
  private var skipping = 0  // bytes of an over-long line dropped so far

  /// Reads `fd` (not closed at the end); `source` names it in warnings (`stdin`).
  public init(fd: Int32, source: String, maxLine: Int = CorpusLoader.maxBytes) {
    self.fd = fd
    owned = false
    self.source = source
    self.maxLine = maxLine
  }

  /// Opens the file at `path`, or says why not.
  public static func open(_ path: String, maxLine: Int = CorpusLoader.maxBytes) -> Result<JSONLinesReader, Diagnostic> {
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(DocumentBytes.unreadable(path)) }
    return .success(JSONLinesReader(owning: fd, source: path, maxLine: maxLine))
  }

  private init(owning fd: Int32, source: String, maxLine: Int) {
    self.fd = fd
    owned = true
    self.source = source
    self.maxLine = maxLine
  }

  deinit { if owned { close(fd) } }

  /// Whether a path names article JSON lines (`.jsonl`, any case) rather than a document.
  public static func isLinesFile(_ path: String) -> Bool { path.lowercased().hasSuffix(".jsonl") }

  /// The warning for line `number` of `source`, skipped as longer than `limit` bytes.
  public static func tooLong(_ source: String, number: Int, bytes: Int, limit: Int) -> Diagnostic {
    Diagnostic(
      .warning, id: "extract.jsonl.tooLong",
      "skipped \(source):\(number): a line of \(bytes) bytes is more than the \(limit)-byte limit", source: source)
  }

  /// The next non-blank line, or nil at the end of the stream (or on a read error).
  public func next() -> Item? {
    while true {
      if let nl = newline() {
        number += 1
        let end = nl
        defer { start = nl + 1 }
        if skipping > 0 {
          let total = skipping + (end - start)
          skipping = 0
          return .tooLong(number: number, bytes: total)
        }
        if end - start > maxLine { return .tooLong(number: number, bytes: end - start) }
        if isBlank(start, end) { continue }
        return .line(number: number, Data(buffer[start..<end]))
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        // The last line, without a newline.
        number += 1
        let (s, e) = (start, buffer.count)
        start = buffer.count
        if skipping > 0 || e - s > maxLine {
          defer { skipping = 0 }
          return .tooLong(number: number, bytes: skipping + e - s)
        }
        if isBlank(s, e) { return nil }
        return .line(number: number, Data(buffer[s..<e]))
      }
      fill()
    }
  }

  private func newline() -> Int? {
    guard start < buffer.count else { return nil }
    return buffer.withUnsafeBytes { b -> Int? in
      guard let base = b.baseAddress, let p = memchr(base + start, 10, b.count - start) else { return nil }
      return base.distance(to: UnsafeRawPointer(p))
    }
  }

  private func isBlank(_ s: Int, _ e: Int) -> Bool {
    buffer[s..<e].allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
  }

  /// Drops the consumed bytes (or an over-long line's) and reads up to 1 MiB more.
  private func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    if buffer.count > maxLine {
      skipping += buffer.count
      buffer.removeAll(keepingCapacity: true)
    }
    let chunk = 1 << 20
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    var n = 0
    repeat {
      n = buffer.withUnsafeMutableBytes { b in b.baseAddress.map { Glibc.read(fd, $0 + old, chunk) } ?? 0 }
    } while n < 0 && errno == EINTR
    buffer.removeLast(chunk - max(n, 0))
    if n <= 0 { atEnd = true }
  }
}
