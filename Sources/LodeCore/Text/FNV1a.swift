/// FNV-1a 64-bit hashing: tiny, stable across runs and platforms (unlike `Hasher`). The
/// one definition of the word hash: the lexicon's `WordTable`, the tokenizer's hashes of
/// each token (folded and as written, in one pass), a person finder's run of name words and
/// the corpus fingerprint all use it.
public struct FNV1a: Sendable {
  /// The offset basis; computed, so inlined code uses the constant and no lazy global.
  @inlinable public static var offset: UInt64 { 0xcbf2_9ce4_8422_2325 }
  @inlinable public static var prime: UInt64 { 0x100_0000_01b3 }

  /// `h` with one more byte.
  @inlinable @inline(__always)
  public static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

  /// `h` with the eight bytes of `word`, least significant first: how a hash of hashes (a
  /// run of words, each given by its own hash) is taken.
  @inlinable @inline(__always)
  public static func step(_ h: UInt64, word: UInt64) -> UInt64 {
    var h = h
    for k in 0..<8 { h = step(h, UInt8(truncatingIfNeeded: word >> (8 * UInt64(k)))) }
    return h
  }

  /// The hash of a string's UTF-8 bytes.
  @inlinable @inline(__always)
  public static func hash(_ s: String) -> UInt64 {
    var h = offset
    for b in s.utf8 { h = step(h, b) }
    return h
  }

  public private(set) var value: UInt64 = FNV1a.offset

  public init() {}

  public mutating func add(_ s: String) {
    for b in s.utf8 { add(b) }
  }

  public mutating func add<S: Sequence>(bytes: S) where S.Element == UInt8 {
    for b in bytes { add(b) }
  }

  @inline(__always) public mutating func add(_ b: UInt8) {
    value = Self.step(value, b)
  }

  public var hex: String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
