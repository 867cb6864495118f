import Foundation

/// Natural logarithm and exponential summed as series in `Decimal`.
///
/// ln x: x = 2^k · m with m in [0.75, 1.5], then ln m = 2·atanh((m−1)/(m+1)) (the series
/// in odd powers converges by at least a factor 25 per term) plus k · ln 2.
/// exp z: z is halved until |z| ≤ 1/16, the Taylor series summed, and the result
/// squared back. Each series stops when a term no longer changes the sum. Callers round
/// results of order one to `places` decimal places.
enum DecimalLog {
  /// Decimal places a series result is rounded to: the last few of Decimal's 38 digits
  /// carry rounding noise (√1.21 comes out as 1.0999…99885), these 30 do not.
  static let places = 30

  /// ln 2, from the same series at m = 2 (y = 1/3).
  static let ln2: Decimal = atanhSeries(DecimalMath.divide(1, 3)) * 2

  static func ln(_ x: Decimal) -> Decimal? {
    guard x > 0, !x.isNaN else { return nil }
    var m = x
    var k = 0
    while m > Decimal(15) / 10 {
      m /= 2
      k += 1
    }
    while m < Decimal(75) / 100 {
      m *= 2
      k -= 1
    }
    let y = DecimalMath.divide(m - 1, m + 1)
    return atanhSeries(y) * 2 + Decimal(k) * ln2
  }

  static func exp(_ z: Decimal) -> Decimal? {
    guard !z.isNaN, abs(z) <= 10_000 else { return nil }
    var r = z
    var halvings = 0
    while abs(r) > Decimal(1) / 16 {
      r /= 2
      halvings += 1
    }
    var sum: Decimal = 1
    var term: Decimal = 1
    for i in 1...60 {
      term = term * r / Decimal(i)
      let next = sum + term
      if next == sum { break }
      sum = next
    }
    for _ in 0..<halvings {
      sum *= sum
      if sum.isNaN { return nil }
    }
    return sum
  }

  /// y + y³/3 + y⁵/5 + …, for |y| < 1/3 or so.
  private static func atanhSeries(_ y: Decimal) -> Decimal {
    let y2 = y * y
    var power = y
    var sum = y
    var n = 3
    while n < 400 {
      power *= y2
      let next = sum + power / Decimal(n)
      if next == sum { break }
      sum = next
      n += 2
    }
    return sum
  }
}
