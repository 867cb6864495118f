import Foundation

/// Why a decimal result could not be held: beyond 10^127 (`overflow`), or below the
/// smallest step `Decimal` keeps, 10^-128 (`underflow`).
public enum DecimalRangeError: Error, Sendable, Equatable {
  case overflow
  case underflow
}

/// Decimal arithmetic and parsing that never trap.
///
/// Foundation's `Decimal` keeps 38 significant digits and an exponent from -128 to 127.
/// Past the top it answers NaN, but past the bottom several of its operations stop the
/// process with an illegal instruction: `*` when the operands' exponents add up below
/// -128, `pow`, and `Decimal(string:)` of text like `1e-129` or `1e300`; `/` answers NaN
/// (or 0, for a divisor of 38 digits) for a quotient it could hold with fewer digits
/// (`1e-100 / 3`). Everything here keeps
/// Foundation's calls inside the exponents where they are safe, finishes the rest itself
/// (the 38 digits rounded half away from zero at 10^-128), and reports what cannot be
/// held as a `DecimalRangeError`. Every path that computes with untrusted numbers goes
/// through these.
public enum CheckedDecimal {
  public static let minExponent = -128
  public static let maxExponent = 127

  /// a × b.
  public static func multiply(_ a: Decimal, _ b: Decimal) throws(DecimalRangeError) -> Decimal {
    if a.isNaN || b.isNaN { throw .overflow }
    if a.isZero || b.isZero { return 0 }
    if a.exponent + b.exponent >= minExponent { return try finite(a * b) }
    let product = try finite(a.significand * b.significand)
    return try scaled(negative: (a < 0) != (b < 0), product, by: a.exponent + b.exponent)
  }

  /// a ÷ b; division by zero is the caller's to report first (it is an overflow here).
  public static func divide(_ a: Decimal, _ b: Decimal) throws(DecimalRangeError) -> Decimal {
    if a.isNaN || b.isNaN || b.isZero { throw .overflow }
    if a.isZero { return 0 }
    let quick = a / b
    // Foundation answers NaN, or for a divisor of many digits 0, when the quotient needs
    // exponents below -128 on the way: both go the long way.
    if !quick.isNaN, !quick.isZero { return quick }
    // Both significands as 38-digit integers, so the quotient is of order one and holds
    // all 38 digits; the exponents are put back afterwards.
    let sa = a.significand
    let shift = 38 - sa.description.count
    let widened = Decimal(sign: .plus, exponent: shift, significand: sa)
    let quotient = try finite(widened / b.significand)
    if quotient.isZero { throw .underflow }
    return try scaled(negative: (a < 0) != (b < 0), quotient, by: a.exponent - shift - b.exponent)
  }

  /// a + b.
  public static func add(_ a: Decimal, _ b: Decimal) throws(DecimalRangeError) -> Decimal {
    if a.isNaN || b.isNaN { throw .overflow }
    return try finite(a + b)
  }

  /// a − b.
  public static func subtract(_ a: Decimal, _ b: Decimal) throws(DecimalRangeError) -> Decimal {
    if a.isNaN || b.isNaN { throw .overflow }
    return try finite(a - b)
  }

  /// base^n for a whole n (negative allowed), by repeated squaring.
  public static func power(_ base: Decimal, _ n: Int) throws(DecimalRangeError) -> Decimal {
    if n == 0 { return 1 }
    if n < 0 {
      if base.isZero { throw .overflow }
      let p: Decimal
      do {
        p = try power(base, -n)
      } catch .overflow {
        throw .underflow  // 1 / (something too large) is too small
      } catch .underflow {
        throw .overflow
      }
      return try divide(1, p)
    }
    var result: Decimal = 1
    var b = base
    var e = n
    while e > 0 {
      if e & 1 == 1 { result = try multiply(result, b) }
      e >>= 1
      if e > 0 { b = try multiply(b, b) }
    }
    return result
  }

  /// Rounded half away from zero to `places` decimal places (clamped to what a
  /// `Decimal` can express, where rounding is the identity or gives zero).
  public static func round(
    _ d: Decimal, _ places: Int, _ mode: Decimal.RoundingMode = .plain
  )
    -> Decimal
  {
    if d.isNaN || d.isZero { return d }
    if places >= -d.exponent { return d }  // already that exact
    var v = d
    var r = Decimal()
    NSDecimalRound(&r, &v, max(places, -maxExponent), mode)
    return r
  }

  /// The exact value of decimal text (`-12.5`, `3`, `1e9`, `2.5E-3`), or nil when the text
  /// is not a decimal number; throws when it is one that a `Decimal` cannot hold.
  public static func parse(_ text: String) throws(DecimalRangeError) -> Decimal? {
    guard let shape = DecimalText(text) else { return nil }
    if shape.significantDigits == 0 { return 0 }
    // The exponent of the last digit Foundation keeps, and of the leading digit.
    let kept = min(shape.significantDigits, 38)
    let lastExponent = shape.lastDigitExponent + (shape.significantDigits - kept)
    let leadExponent = shape.lastDigitExponent + shape.significantDigits - 1
    if leadExponent > maxExponent + 37 || lastExponent > maxExponent { throw .overflow }
    if lastExponent < minExponent { throw .underflow }
    guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), !d.isNaN else {
      throw .overflow
    }
    return d
  }

  /// NaN — Foundation's answer to an overflow — as the error it stands for.
  static func finite(_ d: Decimal) throws(DecimalRangeError) -> Decimal {
    if d.isNaN { throw .overflow }
    return d
  }

  /// ±m × 10^k for a non-negative `m` whose own exponent is small, rounded to the
  /// 10^-128 step when it reaches below it.
  static func scaled(negative: Bool, _ m: Decimal, by k: Int) throws(DecimalRangeError) -> Decimal {
    let digits = m.significand
    var exponent = m.exponent + k
    var mantissa = digits
    if exponent < minExponent {
      let drop = minExponent - exponent
      let length = digits.description.count
      if drop >= length { throw .underflow }
      mantissa = round(Decimal(sign: .plus, exponent: -drop, significand: digits), 0)
      exponent = minExponent
    }
    if mantissa.isZero { throw .underflow }
    if exponent + mantissa.exponent > maxExponent { throw .overflow }
    return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: mantissa)
  }
}
