import Foundation
import LodeCore
import Testing

/// `DecimalLayout.description` is `Decimal.description`, digit for digit, built from the
/// mantissa (JSON and `lode extract` write every number through it).
@Suite struct DecimalLayoutTests {
  @Test func descriptionIsFoundationsForEveryShape() {
    #expect(DecimalLayout.enabled)
    var values: [Decimal] = [0, 1, -1, 10, 100, 0.8, 0.95, 12.5, -0.001, Decimal(Int64.max), Decimal(-Int64.max)]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let m = Int64(bitPattern: state >> 20) % 10_000_000_000
      let e = Int((state >> 8) % 37) - 18
      values.append(Decimal(sign: m < 0 ? .minus : .plus, exponent: e, significand: Decimal(m.magnitude)))
      values.append(Decimal(sign: .plus, exponent: e, significand: Decimal(m.magnitude % 1000 * 10)))
    }
    var fast = 0
    for d in values {
      guard let s = DecimalLayout.description(d) else { continue }
      fast += 1
      #expect(s == d.description, "\(d)")
    }
    // Nearly all take the fast path (the rest are stored with a larger exponent).
    #expect(fast > values.count * 9 / 10)
  }
}
