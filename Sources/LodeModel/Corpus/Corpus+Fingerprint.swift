extension Corpus {
  /// A deterministic hash of the documents (ids and texts, in order), so a saved session
  /// can tell whether it is replayed against the same corpus. 16 hex digits (FNV-1a, 64 bit).
  public var fingerprint: String {
    var h = FNV1a()
    for d in documents {
      h.add(d.id)
      h.add("\u{0}")
      h.add(d.text)
      h.add("\u{1}")
    }
    return h.hex
  }
}

/// FNV-1a 64-bit hashing: tiny, stable across runs and platforms (unlike `Hasher`).
public struct FNV1a: Sendable {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  public mutating func add(_ s: String) {
    for b in s.utf8 { add(b) }
  }

  public mutating func add<S: Sequence>(bytes: S) where S.Element == UInt8 {
    for b in bytes { add(b) }
  }

  @inline(__always) public mutating func add(_ b: UInt8) {
    value ^= UInt64(b)
    value = value &* 0x100_0000_01b3
  }

  public var hex: String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
