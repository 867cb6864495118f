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
