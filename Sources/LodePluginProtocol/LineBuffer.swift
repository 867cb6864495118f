/// Bytes read from a pipe, split into lines, with a hard limit on one line's length.
///
/// A peer that floods the pipe without a newline is stopped at `limit` bytes: `nextLine`
/// throws `LineTooLong` and the caller stops reading, so memory stays bounded.
public struct LineBuffer: Sendable {
  /// The longest line accepted, in bytes, newline excluded; may change between lines.
  public var limit: Int {
    didSet { limit = max(1, limit) }
  }
  private var bytes: [UInt8] = []
  private var start = 0
  private var scanned = 0

  public init(limit: Int) { self.limit = max(1, limit) }

  /// Thrown when more than `limit` bytes arrive without a newline.
  public struct LineTooLong: Error, Sendable {
    public var limit: Int
  }

  /// Bytes received and not yet returned as a line.
  public var pendingCount: Int { bytes.count - start }

  public mutating func append(_ chunk: UnsafeRawBufferPointer) {
    if start > 0 && start >= bytes.count / 2 {
      bytes.removeFirst(start)
      scanned -= start
      start = 0
    }
    bytes.append(contentsOf: chunk)
  }

  public mutating func append(_ chunk: [UInt8]) {
    chunk.withUnsafeBytes { append($0) }
  }

  /// The next complete line without its `\n` (and without a `\r` before it), or nil.
  public mutating func nextLine() throws(LineTooLong) -> [UInt8]? {
    let from = max(start, scanned)
    guard let i = bytes[from...].firstIndex(of: UInt8(ascii: "\n")) else {
      scanned = bytes.count
      if pendingCount > limit { throw LineTooLong(limit: limit) }
      return nil
    }
    guard i - start <= limit else { throw LineTooLong(limit: limit) }
    var end = i
    if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    let line = Array(bytes[start..<end])
    start = i + 1
    scanned = start
    return line
  }
}
