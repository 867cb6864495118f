import Foundation

/// A decimal constant prepared for comparing against many values: its mantissa is
/// pre-scaled to every exponent a value may carry, so most comparisons are one integer test.
///
/// `compare` is exact: whatever the fast path cannot decide goes to `FastDecimal.compare`.
struct DecimalBound: Sendable {
  let value: Decimal
  /// The constant's exponent, and its mantissa × 10^k at index k < `count` while that fits
  /// in 63 bits. Stored inline (no array to retain), so a scan reads a bound without copying.
  private let exponent: Int
  private let count: Int
  private let scaled: InlineArray<19, Int64>

  init(_ value: Decimal) {
    self.value = value
    var out = InlineArray<19, Int64>(repeating: 0)
    var n = 0
    if let (m, e) = FastDecimal.parts(value) {
      exponent = e
      for k in 0...18 {
        guard let s = FastDecimal.scale(m, by: k) else { break }
        out[k] = s
        n += 1
      }
    } else {
      exponent = 0
    }
    count = n
    scaled = out
  }

  /// -1, 0 or 1 as `x` is below, equal to or above the constant.
  @inline(__always)
  func compare(_ x: Decimal) -> Int {
    if count > 0, let (m, e) = FastDecimal.parts(x) {
      if e <= exponent {
        let k = exponent - e
        if k < count {
          let s = scaled[k]
          return m == s ? 0 : (m < s ? -1 : 1)
        }
      } else if let sx = FastDecimal.scale(m, by: e - exponent) {
        let c = scaled[0]
        return sx == c ? 0 : (sx < c ? -1 : 1)
      }
    }
    return FastDecimal.compare(x, value)
  }
}
