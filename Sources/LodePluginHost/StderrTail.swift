import Foundation

/// The last few kilobytes a plugin wrote to stderr, kept so an error can show them.
///
/// Older bytes are dropped as new ones arrive, so a chatty plugin costs bounded memory.
struct StderrTail {
  private var bytes: [UInt8] = []
  let capacity: Int
  /// Counts appends, so a reader can tell whether anything new arrived.
  private(set) var version = 0

  init(capacity: Int = 8192) { self.capacity = capacity }

  mutating func append(_ chunk: UnsafeRawBufferPointer) {
    version += 1
    bytes.append(contentsOf: chunk)
    if bytes.count > capacity { bytes.removeFirst(bytes.count - capacity) }
  }

  /// The last `count` non-empty lines, each cut to 200 characters.
  func lastLines(_ count: Int = 8) -> [String] {
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
      .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    return lines.suffix(count).map { $0.count > 200 ? String($0.prefix(200)) + "…" : $0 }
  }

  mutating func clear() { bytes = [] }
}
