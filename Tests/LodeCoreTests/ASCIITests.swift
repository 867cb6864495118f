import LodeCore
import Testing

/// The bit tricks in `ASCII` against plain ranges, over every byte.
@Test func asciiTestsAgreeWithTheirRangesOnEveryByte() {
  for v in 0...255 {
    let b = UInt8(v)
    let upper = (0x41...0x5A).contains(b)
    let letter = upper || (0x61...0x7A).contains(b)
    #expect(ASCII.isUpper(b) == upper, "\(b)")
    #expect(ASCII.isLetter(b) == letter, "\(b)")
    #expect(ASCII.isDigit(b) == (0x30...0x39).contains(b), "\(b)")
    #expect(ASCII.lower(b) == (upper ? b + 32 : b), "\(b)")
  }
}
