import Foundation
import LodeCore

/// Reads and checks valuation arguments, with errors that say what was expected.
///
/// Errors carry no span; callers locate them at the offending argument.
enum ValuationInput {
  /// Money, a sum or a yearly flow. A plain number is refused, not taken as dollars:
  /// units are checked, never relabelled.
  static func money(_ v: Value?, _ name: String) throws(Diagnostic) -> Money {
    switch v {
    case .money(let m): return m
    case .number(let d):
      throw Diagnostic(
        .type, id: "value.units", "\(name) is a plain number (\(Show.number(d))), not an amount of money",
        hint: "write money with a currency or a scale: $\(Show.number(d)), \(Show.number(d)) USD, 500bn")
    default: throw wrong(name, v, "an amount of money such as 500bn or $2bn/yr")
    }
  }

  /// A single sum of money (`500bn`), refusing a yearly flow (`500bn/yr`).
  static func sum(_ v: Value?, _ name: String) throws(Diagnostic) -> Money {
    let m = try money(v, name)
    guard !m.perYear else {
      throw Diagnostic(
        .type, id: "value.units", "\(name) is a yearly flow (\(Show.money(m))), not a sum",
        hint: "drop the /yr to give a sum")
    }
    return m
  }

  /// A yearly flow of money (`10bn/yr`), refusing a single sum (`10bn`).
  static func flow(_ v: Value?, _ name: String) throws(Diagnostic) -> Money {
    let m = try money(v, name)
    guard m.perYear else {
      throw Diagnostic(
        .type, id: "value.units", "\(name) is a single sum (\(Show.money(m))), not a yearly flow",
        hint: "write \(Show.money(m))/yr for that amount every year")
    }
    return m
  }

  /// A rate written as a percent (`8%`); plain numbers are refused to avoid 8 vs 8%.
  static func rate(
    _ v: Value?, _ name: String, allowNegative: Bool = false
  ) throws(Diagnostic)
    -> Decimal
  {
    guard case .percent(let p) = v else {
      throw wrong(name, v, "a percent such as 8%")
    }
    if !allowNegative && p < 0 {
      throw Diagnostic(
        .argument, id: "value.negativeRate", "\(name) must not be negative, got \(Show.percent(p))",
        hint: "a discount or interest rate is 0% or more")
    }
    if p <= -1 {
      throw Diagnostic(
        .argument, id: "value.rateTooLow", "\(name) must be above -100%, got \(Show.percent(p))")
    }
    return p
  }

  /// A number of years: a duration (`30y`) or a plain number.
  static func years(_ v: Value?, _ name: String) throws(Diagnostic) -> Decimal {
    let y: Decimal
    switch v {
    case .duration(let d): y = d.years
    case .number(let d): y = d
    default: throw wrong(name, v, "a duration such as 30y")
    }
    guard y >= 0 else {
      throw Diagnostic(.argument, id: "value.negativeDuration", "\(name) must not be negative")
    }
    guard y <= 100_000 else {
      throw Diagnostic(
        .argument, id: "value.durationTooLong", "\(name) of \(Show.years(y)) is too long",
        hint: "use at most 100000 years")
    }
    return y
  }

  /// The number of yearly payments in `years`: a yearly flow pays once at the end of each
  /// whole year, so a fractional count (2.5y) has no meaning and is refused.
  static func payments(_ years: Decimal, _ name: String) throws(Diagnostic) -> Decimal {
    guard years == DecimalMath.floor(years) else {
      throw Diagnostic(
        .argument, id: "value.fractionalPayments",
        "a yearly flow is paid once at the end of each whole year; \(name) of \(Show.years(years)) is not a whole number of payments",
        hint:
          "give whole years (\(Show.years(DecimalMath.floor(years))) or \(Show.years(DecimalMath.ceiling(years)))), or value a single sum without /yr"
      )
    }
    return years
  }

  static func sameCurrency(_ a: Money, _ b: Money) throws(Diagnostic) {
    guard a.currency == b.currency else {
      throw Diagnostic(
        .type, id: "value.currencyMismatch",
        "amounts are in \(a.currency) and \(b.currency)",
        hint: "convert one first: value convert AMOUNT to \(a.currency)")
    }
  }

  /// a × b and a ÷ b that never trap: a result too large or too small to hold is an error.
  static func times(_ a: Decimal, _ b: Decimal) throws(Diagnostic) -> Decimal {
    do { return try CheckedDecimal.multiply(a, b) } catch { throw rangeError(error) }
  }

  static func over(_ a: Decimal, _ b: Decimal) throws(Diagnostic) -> Decimal {
    do { return try DecimalMath.checkedDivide(a, b) } catch { throw rangeError(error) }
  }

  static func rangeError(_ e: DecimalRangeError) -> Diagnostic {
    e == .underflow
      ? Diagnostic(.runtime, id: "value.underflow", "the result is too small for exact decimal arithmetic")
      : Diagnostic(.runtime, id: "value.overflow", "the result is too large for exact decimal arithmetic")
  }

  static func checked(_ d: Decimal) throws(Diagnostic) -> Decimal {
    guard !d.isNaN else {
      throw Diagnostic(
        .runtime, id: "value.overflow", "the result is too large for exact decimal arithmetic")
    }
    return d
  }

  private static func wrong(_ name: String, _ v: Value?, _ expected: String) -> Diagnostic {
    let got = v.map { $0.type.rawValue } ?? "nothing"
    return Diagnostic(.type, id: "value.badArgument", "\(name) must be \(expected), got \(got)")
  }
}

extension Context {
  /// Years in one generation (`:set generation.years`), 25 unless set.
  var generationYears: Decimal {
    let g = settings.decimal("generation.years") ?? 25
    return g > 0 ? g : 25
  }
}
