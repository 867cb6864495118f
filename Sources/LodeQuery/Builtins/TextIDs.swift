/// Dense ids for the distinct strings of a column, in first-seen order.
///
/// Strings of up to 15 UTF-8 bytes (most category-like values) are packed into two words
/// and found in an open-addressing table with a multiplicative hash — several times
/// cheaper per row than hashing a `String`; longer ones go through a dictionary.
struct TextIDs {
  /// The distinct strings, indexed by id.
  private(set) var strings: [String] = []
  private var slots: [Int32]
  private var packedA: [UInt64] = []
  private var packedB: [UInt64] = []
  private var long: [String: Int] = [:]
  private var shortCount = 0
  // packedA/packedB are indexed by id (long strings hold a never-matching placeholder).

  init() { slots = [Int32](repeating: -1, count: 64) }

  /// The id of `s`, assigning the next one when it is new.
  mutating func id(_ s: String) -> Int {
    var text = s
    let packed: (UInt64, UInt64)? = text.withUTF8 { bytes in
      guard bytes.count <= 15 else { return nil }
      var a: UInt64 = 0
      var b = UInt64(bytes.count) << 56
      for (i, byte) in bytes.enumerated() {
        if i < 8 { a |= UInt64(byte) << (8 * UInt64(i)) } else { b |= UInt64(byte) << (8 * UInt64(i - 8)) }
      }
      return (a, b)
    }
    guard let (a, b) = packed else {
      if let id = long[s] { return id }
      long[s] = strings.count
      strings.append(s)
      // A length byte of 0xFF never matches a packed string.
      packedA.append(0)
      packedB.append(.max)
      return strings.count - 1
    }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: TextIDs.hash(a, b)) & mask
    while true {
      let id = Int(slots[slot])
      if id < 0 { break }
      if packedA[id] == a, packedB[id] == b { return id }
      slot = (slot + 1) & mask
    }
    let id = strings.count
    strings.append(s)
    packedA.append(a)
    packedB.append(b)
    slots[slot] = Int32(truncatingIfNeeded: id)
    shortCount += 1
    if shortCount * 2 > slots.count { grow() }
    return id
  }

  private static func hash(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F)
    return h ^ (h >> 29)
  }

  private mutating func grow() {
    var bigger = [Int32](repeating: -1, count: slots.count * 2)
    let mask = bigger.count - 1
    for old in slots where old >= 0 {
      let id = Int(old)
      var slot = Int(truncatingIfNeeded: TextIDs.hash(packedA[id], packedB[id])) & mask
      while bigger[slot] >= 0 { slot = (slot + 1) & mask }
      bigger[slot] = old
    }
    slots = bigger
  }
}
