/// The tokenizer's reading of scalars beyond ASCII: decoding a multi-byte sequence from the
/// UTF-8 bytes, and the letter, case and space tests it needs of the scalar.
extension Tokenizer {
  /// The scalar of the multi-byte sequence at `p` and its length; a malformed or truncated
  /// sequence is U+FFFD of one byte, as `String(decoding:as:)` repairs it.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ p: Int) -> (Unicode.Scalar, Int) {
    let c = UInt32(b[p])
    let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
    guard n > 1, p + n <= b.count else { return ("\u{FFFD}", 1) }
    for k in 1..<n where b[p + k] & 0xC0 != 0x80 { return ("\u{FFFD}", 1) }
    let v: UInt32
    switch n {
    case 2: v = (c & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F)
    case 3: v = (c & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F)
    default:
      v = (c & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F)
    }
    return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
  }

  @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
    // General Punctuation (dashes, curly quotes, spaces) holds no letters.
    if c.value >= 0x2000 && c.value <= 0x206F { return false }
    return isAlphabetic(c)
  }

  // Unicode properties of non-ASCII scalars, out of line: reading `properties` where it is
  // inlined makes the caller set up the (resilient) Properties type on every call, ASCII or not.

  @inline(never) static func isUppercase(_ c: UInt32) -> Bool {
    unsafeBitCast(c, to: Unicode.Scalar.self).properties.isUppercase
  }

  @inline(never) static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

  @inline(never) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic && !c.properties.isWhitespace
  }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
