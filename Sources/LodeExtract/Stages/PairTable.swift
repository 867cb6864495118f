/// An open-addressing table from a hash of two words' key hashes to a range of candidate
/// gazetteer entries: the gazetteer's index of names by their first two words.
struct PairTable: Sendable {
  private var hashes: [UInt64]
  private var ranges: [Range<Int>]
  private let mask: Int

  init(_ entries: [(UInt64, Range<Int>)] = []) {
    var size = 16
    while size < entries.count * 3 { size *= 2 }
    mask = size - 1
    hashes = [UInt64](repeating: 0, count: size)
    ranges = [Range<Int>](repeating: 0..<0, count: size)
    for (h, r) in entries {
      var i = Int(truncatingIfNeeded: h) & mask
      while hashes[i] != 0 { i = (i + 1) & mask }
      hashes[i] = h
      ranges[i] = r
    }
  }

  /// One hash of two key hashes, never 0 (the mark of an empty slot).
  @inline(__always) static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ b
    return h == 0 ? 1 : h
  }

  @inline(__always) func lookup(_ h: UInt64) -> Range<Int>? {
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let x = hashes[i]
      if x == h { return ranges[i] }
      if x == 0 { return nil }
      i = (i + 1) & mask
    }
  }
}
