import Foundation

/// Front matter at the top of a document: a `---` line, `key: value` lines, a `---` line.
///
/// The document's text is everything after the closing line, unchanged; without a
/// closing line there is no front matter and the whole file is the text.
public struct FrontMatter: Sendable, Hashable {
  public var fields: [String: String]
  public var body: String

  public init(parsing raw: String) {
    fields = [:]
    body = raw
    var copy = raw
    guard let (found, bodyStart) = copy.withUTF8({ Self.scan($0) }) else { return }
    fields = found
    // The body starts after a line break, on a scalar boundary.
    body = String(raw.utf8[raw.utf8.index(raw.utf8.startIndex, offsetBy: bodyStart)...]) ?? ""
  }

  /// The fields and the byte where the body starts, or nil without front matter. Lines are
  /// found on the UTF-8 bytes: `\n`, `\r`, `:`, quotes and `-` are ASCII and no byte of a
  /// multi-byte scalar is, so nothing past the closing line is read.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ([String: String], Int)? {
    var p = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    guard let first = line(bytes, from: p), text(bytes, first.range) == "---" else { return nil }
    p = first.next
    var found: [String: String] = [:]
    while let l = line(bytes, from: p) {
      p = l.next
      let line = l.range
      if text(bytes, line) == "---" { return (found, p) }
      guard let colon = line.first(where: { bytes[$0] == 0x3A }) else { continue }
      let key = text(bytes, trimmed(bytes, line.lowerBound..<colon)).lowercased()
      var v = trimmed(bytes, colon + 1..<line.upperBound)
      if v.count >= 2, bytes[v.lowerBound] == bytes[v.upperBound - 1],
        bytes[v.lowerBound] == 0x22 || bytes[v.lowerBound] == 0x27
      {
        v = v.lowerBound + 1..<v.upperBound - 1
      }
      if !key.isEmpty { found[key] = text(bytes, v) }
    }
    return nil
  }

  /// The line starting at byte `p` (without its `\n` or `\r\n`) and where the next begins;
  /// nil at the end.
  static func line(_ b: UnsafeBufferPointer<UInt8>, from p: Int) -> (range: Range<Int>, next: Int)? {
    guard p < b.count else { return nil }
    var nl = p
    while nl < b.count, b[nl] != 0x0A { nl += 1 }
    guard nl < b.count else { return (p..<b.count, b.count) }
    let end = nl > p && b[nl - 1] == 0x0D ? nl - 1 : nl
    return (p..<end, nl + 1)
  }

  static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
    return lo..<hi
  }

  static func text(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
  }
}
