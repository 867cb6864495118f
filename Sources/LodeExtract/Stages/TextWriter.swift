import Foundation

/// Builds a String from parts in one allocation: the parts are written twice, once to
/// count their bytes and once to copy them, so no array of parts is allocated and no
/// intermediate string regrows (explanations are made for every quote).
struct TextWriter {
  private(set) var count = 0
  private let out: UnsafeMutableBufferPointer<UInt8>?

  private init(_ out: UnsafeMutableBufferPointer<UInt8>?) { self.out = out }

  /// The string `body` writes.
  static func build(_ body: (inout TextWriter) -> Void) -> String {
    var sizing = TextWriter(nil)
    body(&sizing)
    return String(unsafeUninitializedCapacity: sizing.count) { buffer in
      var writer = TextWriter(buffer)
      body(&writer)
      return writer.count
    }
  }

  mutating func put(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "", _ f: String = "") {
    put(a)
    put(b)
    put(c)
    put(d)
    put(e)
    put(f)
  }

  /// Appends one string's UTF-8 bytes.
  mutating func put(_ s: String) {
    guard let out else {
      count += s.utf8.count
      return
    }
    let copied = s.utf8.withContiguousStorageIfAvailable { src -> Int in
      guard let from = src.baseAddress, let to = out.baseAddress, count + src.count <= out.count else { return 0 }
      (to + count).initialize(from: from, count: src.count)
      return src.count
    }
    if let copied {
      count += copied
      return
    }
    for b in s.utf8 where count < out.count {
      out[count] = b
      count += 1
    }
  }

  /// Appends a sentence number and the closing parenthesis: "12)".
  mutating func put(sentence n: Int) {
    guard n >= 0 else {
      put(String(n))
      put(")")
      return
    }
    var digits = 1
    var rest = n / 10
    while rest > 0 {
      rest /= 10
      digits += 1
    }
    guard let out, count + digits + 1 <= out.count else {
      count += digits + 1
      return
    }
    var v = n
    for d in stride(from: count + digits - 1, through: count, by: -1) {
      out[d] = UInt8(truncatingIfNeeded: 48 + v % 10)
      v /= 10
    }
    out[count + digits] = 0x29
    count += digits + 1
  }
}
