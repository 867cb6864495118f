#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor with no prompt and no escape codes (pipes, `lode < script`).
///
/// Invalid UTF-8 becomes U+FFFD, `\r\n` endings are accepted, and a line longer than
/// `maxLineBytes` is skipped with one warning instead of growing without bound.
public final class PlainReader: LineReader {
  public var completionHandler: CompletionHandler?
  public var isInteractive: Bool { false }
  public private(set) var history: [String] = []
  public let maxLineBytes: Int

  private let fd: Int32
  private var buffer: [UInt8] = []
  private var atEnd = false
  private var lineNumber = 0
  private var warnings: [String] = []

  public init(fileDescriptor: Int32 = 0, maxLineBytes: Int = 1 << 20) {
    self.fd = fileDescriptor
    self.maxLineBytes = max(1, maxLineBytes)
  }

  public func readLine(prompt: String) -> ReadResult {
    while true {
      if let newline = buffer.firstIndex(of: 10) {
        if newline > maxLineBytes {
          buffer.removeSubrange(...newline)
          warnLongLine()
          continue
        }
        var bytes = buffer[..<newline]
        buffer.removeSubrange(...newline)
        if bytes.last == 13 { bytes = bytes.dropLast() }
        lineNumber += 1
        return .line(String(decoding: bytes, as: UTF8.self))
      }
      if buffer.count > maxLineBytes {
        skipLongLine()
        continue
      }
      if atEnd {
        guard !buffer.isEmpty else { return .endOfInput }
        if buffer.count > maxLineBytes {
          buffer = []
          warnLongLine()
          continue
        }
        let rest = buffer
        buffer = []
        lineNumber += 1
        return .line(String(decoding: rest, as: UTF8.self))
      }
      fill()
    }
  }

  public func addHistory(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    history.removeAll { $0 == line }
    history.append(line)
  }

  public func takeWarnings() -> [String] {
    defer { warnings = [] }
    return warnings
  }

  private func fill() {
    var chunk = [UInt8](repeating: 0, count: 65536)
    let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    if n > 0 {
      buffer.append(contentsOf: chunk[..<n])
    } else if n == 0 || errno != EINTR {
      atEnd = true
    }
  }

  private func warnLongLine() {
    lineNumber += 1
    warnings.append("line \(lineNumber) is longer than \(maxLineBytes) bytes; skipped")
  }

  /// Drops bytes up to and including the next newline (or the end of input).
  private func skipLongLine() {
    warnLongLine()
    buffer = []
    while !atEnd {
      fill()
      if let newline = buffer.firstIndex(of: 10) {
        buffer.removeSubrange(...newline)
        return
      }
      buffer = []
    }
  }
}
