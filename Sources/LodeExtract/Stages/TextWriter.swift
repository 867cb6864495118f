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

  /// Appends a literal's UTF-8 bytes.
  @inline(__always) mutating func put(_ s: StaticString) {
    let n = s.utf8CodeUnitCount
    guard let out else {
      count += n
      return
    }
    guard let to = out.baseAddress, count + n <= out.count, s.hasPointerRepresentation else { return }
    (to + count).initialize(from: s.utf8Start, count: n)
    count += n
  }

  /// Appends one string's UTF-8 bytes.
  @inline(__always) mutating func put(_ s: String) {
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
    put(number: n)
    put(")")
  }

  /// Appends a number in decimal digits.
  mutating func put(number n: Int) {
    guard n >= 0 else {
      put(String(n))
      return
    }
    let digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : String(n).utf8.count
    guard let out, count + digits <= out.count else {
      count += digits
      return
    }
    var v = n
    var d = count + digits - 1
    while d >= count {
      out[d] = UInt8(truncatingIfNeeded: 48 + v % 10)
      v /= 10
      d -= 1
    }
    count += digits
  }
}
