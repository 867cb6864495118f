import LodeCore
import Testing

/// The published FNV-1a 64-bit test vectors, through every way in: the static hash, steps,
/// and the accumulating value.
@Test func fnv1aGivesThePublishedVectors() {
  let vectors: [(String, UInt64)] = [
    ("", 0xcbf2_9ce4_8422_2325), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8),
  ]
  for (text, expected) in vectors {
    #expect(FNV1a.hash(text) == expected, "\(text)")
    #expect(text.utf8.reduce(FNV1a.offset, FNV1a.step) == expected, "\(text)")
    var h = FNV1a()
    h.add(text)
    #expect(h.value == expected, "\(text)")
  }
  var h = FNV1a()
  h.add("a")
  #expect(h.hex == "af63dc4c8601ec8c")
}

/// A hash of hashes steps through each one's eight bytes, least significant first: the same
/// value as FNV-1a over those bytes.
@Test func aWordIsItsEightBytesLeastSignificantFirst() {
  let words: [UInt64] = [0, 0x0102_0304_0506_0708, 0xcbf2_9ce4_8422_2325]
  let bytes: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1, 0x25, 0x23, 0x22, 0x84, 0xe4, 0x9c, 0xf2, 0xcb]
  #expect(words.reduce(FNV1a.offset) { FNV1a.step($0, word: $1) } == bytes.reduce(FNV1a.offset, FNV1a.step))
  #expect(FNV1a.step(FNV1a.offset, word: 0x61) == 0x6926_124a_7b14_33c4)  // "a" and seven zero bytes
  #expect(FNV1a.step(FNV1a.offset, word: 0x0102_0304_0506_0708) == 0x0c6d_4496_e178_59d5)
}
