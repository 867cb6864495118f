import Foundation
import LodeCore

/// Exact decimal powers and the few places where lode must fall back to `Double`.
///
/// `Decimal` keeps 38 significant digits, so integer powers by repeated squaring are
/// exact until a result needs more digits, then rounded at the 38th. Non-integer
/// exponents and logarithms use `Double` (about 15 significant digits) and are rounded
/// to `approxPlaces` decimal places so that printed answers do not pretend to more.
enum DecimalMath {
  /// Decimal places kept from a `Double` computation (years, growth fractions).
  static let approxPlaces = 6

  /// `base` raised to a whole power `n` (negative allowed), or nil on overflow.
  static func power(_ base: Decimal, _ n: Int) -> Decimal? {
    try? CheckedDecimal.power(base, n)
  }

  /// The value as an `Int` when it is a whole number within range.
  static func wholeNumber(_ d: Decimal) -> Int? {
    guard d == d.rounded0, abs(d) <= 1_000_000_000 else { return nil }
    return NSDecimalNumber(decimal: d).intValue
  }

  static func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }

  /// A `Double` result brought back to Decimal, rounded to `places` decimal places.
  static func decimal(_ x: Double, places: Int = approxPlaces) -> Decimal? {
    guard x.isFinite else { return nil }
    guard let d = try? CheckedDecimal.parse(String(format: "%.\(places)f", x)) else { return nil }
    return CheckedDecimal.round(d, places)
  }

  /// `base ^ exponent` exactly when the exponent is whole, else through `Double`.
  /// Returns the value and whether it is exact.
  static func power(_ base: Decimal, real exponent: Decimal) -> (Decimal, exact: Bool)? {
    if let n = wholeNumber(exponent), abs(n) <= 100_000 {
      return power(base, n).map { ($0, true) }
    }
    guard base > 0 else { return nil }
    return decimal(pow(double(base), double(exponent)), places: 12).map { ($0, false) }
  }

  /// Rounds to `places` decimal places (half away from zero).
  static func round(_ d: Decimal, _ places: Int) -> Decimal {
    var v = d
    var r = Decimal()
    NSDecimalRound(&r, &v, places, .plain)
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
