import Foundation

/// Decimal powers, roots and logarithms: every valuation stays in `Decimal` (38
/// significant digits) until the answer is shown.
///
/// Whole powers are taken by repeated squaring, exact until a result needs more than 38
/// digits. Fractional powers are exp(y · ln x) with both series summed in `Decimal`
/// (`DecimalLog`), good to about 34 significant digits, far below a cent on any amount
/// lode accepts; nothing goes through `Double`.
enum DecimalMath {
  /// Decimal places the worked steps show for non-terminating results (years, rates).
  static let approxPlaces = 6

  /// `base` raised to a whole power `n` (negative allowed), or nil on overflow.
  static func power(_ base: Decimal, _ n: Int) -> Decimal? {
    if n == 0 { return 1 }
    if n < 0 {
      guard let p = power(base, -n), p != 0 else { return nil }
      let r = divide(1, p)
      return r.isNaN ? nil : r
    }
    var result: Decimal = 1
    var b = base
    var e = n
    while e > 0 {
      if e & 1 == 1 { result *= b }
      e >>= 1
      if e > 0 { b *= b }
      if result.isNaN || b.isNaN { return nil }
    }
    return result
  }

  /// a ÷ b to Decimal's full precision. Foundation's `/` can be wrong from about the
  /// 20th significant digit when the divisor has many digits (500e12 ÷ 1.1842937687499…
  /// came out 3·10⁻⁵ off); one correction step with the remainder, q + (a − q·b) ÷ b,
  /// restores the lost digits. A correction below 10⁻³² of the quotient is the rounding
  /// of q·b itself, not an error of q, and is not applied.
  static func divide(_ a: Decimal, _ b: Decimal) -> Decimal {
    let q = a / b
    guard !q.isNaN, q.isFinite else { return q }
    let r = a - q * b
    guard !r.isNaN else { return q }
    let c = r / b
    return abs(c) > abs(q) * correctionFloor ? q + c : q
  }

  private static let correctionFloor = Decimal(sign: .plus, exponent: -32, significand: 1)

  /// The value as an `Int` when it is a whole number within range.
  static func wholeNumber(_ d: Decimal) -> Int? {
    guard d == d.rounded0, abs(d) <= 1_000_000_000 else { return nil }
    return NSDecimalNumber(decimal: d).intValue
  }

  /// `base ^ exponent`: the whole part by exact squaring, the fraction as
  /// exp(fraction · ln base). Returns the value and whether it is exact (whole exponent).
  static func power(_ base: Decimal, real exponent: Decimal) -> (Decimal, exact: Bool)? {
    if let n = wholeNumber(exponent), abs(n) <= 100_000 {
      return power(base, n).map { ($0, true) }
    }
    guard base > 0 else { return nil }
    let whole = floor(exponent)
    guard let n = wholeNumber(whole), abs(n) <= 100_000, let p = power(base, n),
      let ln = DecimalLog.ln(base), let f = DecimalLog.exp((exponent - whole) * ln)
    else { return nil }
    let r = p * round(f, DecimalLog.places)
    return r.isNaN ? nil : (r, false)
  }

  /// Rounds to `places` decimal places (half away from zero).
  static func round(_ d: Decimal, _ places: Int) -> Decimal {
    var v = d
    var r = Decimal()
    NSDecimalRound(&r, &v, places, .plain)
    return r
  }

  /// The largest whole number ≤ d.
  static func floor(_ d: Decimal) -> Decimal {
    var v = d
    var r = Decimal()
    NSDecimalRound(&r, &v, 0, .down)
    return r
  }

  /// The smallest whole number ≥ d.
  static func ceiling(_ d: Decimal) -> Decimal {
    var v = d
    var r = Decimal()
    NSDecimalRound(&r, &v, 0, .up)
    return r
  }
}
