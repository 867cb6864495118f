import Foundation
import LodeCore
import Testing

/// `Decimal(plainDigits:)` gives exactly what `Decimal(string:)` gives for plain text
/// (same value, same printed form) and declines everything else — including a zero with
/// fraction digits, whose exponent only Foundation's own parser keeps.
@Suite struct PlainDecimalTests {
  static let posix = Locale(identifier: "en_US_POSIX")

  static func same(_ text: String) -> Bool {
    guard let fast = Decimal(plainDigits: text), let slow = Decimal(string: text, locale: posix)
    else { return false }
    return fast == slow && fast.description == slow.description
      && fast.exponent == slow.exponent && fast.significand == slow.significand
  }

  @Test(arguments: [
    "0", "7", "42", "0.5", "0.50", "1.25", "-3", "-0.125", "500000000000", "603628",
    "123456789012345678", "00012", "12.", "-0", "1000.000",
  ])
  func plainTextMatchesFoundation(text: String) {
    #expect(Self.same(text), "\(text)")
  }

  @Test func randomPlainTextMatchesFoundation() {
    var state: UInt64 = 42
    func next() -> UInt64 {  // SplitMix64, so the cases are the same on every run
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    for _ in 0..<2000 {
      let whole = String(next() % 1_000_000_000_000)
      let fraction = String(next() % 100_000)
      let text = (next() % 2 == 0 ? "-" : "") + whole + (next() % 2 == 0 ? "" : "." + fraction)
      #expect(Self.same(text), "\(text)")
    }
  }

  @Test(arguments: [
    "", "-", ".", "1e9", "1,000", "1_000", " 1", "1 ", "+1", "1.2.3", "--1", "1-", "٣",
    "1234567890123456789", "abc", "1.5abc", "0.0", "-0.00",
  ])
  func anythingElseIsDeclined(text: String) {
    #expect(Decimal(plainDigits: text) == nil, "\(text)")
  }
}
