/// ASCII byte tests and case mapping: the one definition every fast path over UTF-8 bytes
/// shares (folding, the tokenizer's hashes, slicing, completion, `~`). Each is exact on
/// any byte: no byte of a multi-byte UTF-8 sequence is below 0x80, so none is taken for a
/// letter.
public enum ASCII {
  /// `A`…`Z`.
  @inlinable @inline(__always)
  public static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }

  /// `A`…`Z` and `a`…`z`.
  @inlinable @inline(__always)
  public static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

  /// `0`…`9`.
  @inlinable @inline(__always)
  public static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  /// The lowercase of an ASCII capital; every other byte as it is.
  @inlinable @inline(__always)
  public static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
}
