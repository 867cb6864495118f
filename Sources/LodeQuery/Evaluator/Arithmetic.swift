import Foundation
import LodeCore

/// Unit-aware arithmetic on values: money keeps its currency, percents scale,
/// yearly flows times durations become money; anything else is a typed error.
enum Arithmetic {
  static func add(
    _ a: Value, _ b: Value, _ site: Site, _ fx: Settings, negate: Bool = false
  )
    throws(Diagnostic) -> Value
  {
    let verb = negate ? "subtract" : "add"
    switch (a, b) {
    case (.null, _), (_, .null): return .null
    case (.number(let x), .number(let y)): return .number(try sum(x, y, negate, site.span))
    case (.percent(let x), .percent(let y)): return .percent(try sum(x, y, negate, site.span))
    // A percent is its fraction beside a plain number: 1 + 4% = 1.04, a growth factor.
    case (.number(let x), .percent(let y)): return .number(try sum(x, y, negate, site.span))
    case (.percent(let x), .number(let y)): return .number(try sum(x, y, negate, site.span))
    case (.duration(let x), .duration(let y)):
      return .duration(try durations(site.span) { () throws(DecimalRangeError) in try x.adding(y, negate: negate) })
    case (.date(let x), .duration(let d)): return try DateArithmetic.add(x, d, negate: negate, site)
    case (.duration(let d), .date(let x)) where !negate:
      return try DateArithmetic.add(x, d, negate: false, site)
    case (.date(let x), .date(let y)) where negate: return try DateArithmetic.difference(x, y, site)
    case (.money(let x), .money(let y)):
      guard x.perYear == y.perYear else {
        throw site.mismatch(
          "cannot \(verb) \(Site.article(a)) and \(Site.article(b))",
          hint: "write both as yearly flows (2bn/yr) or both as amounts")
      }
      let y2 = try convert(y, to: x.currency, fx, site.right)
      return .money(Money(try sum(x.amount, y2, negate, site.span), x.currency, perYear: x.perYear))
    case (.string(let x), .string(let y)) where !negate: return .string(x + y)
    default:
      var hint: String?
      if a.type == .money && b.type == .number || a.type == .number && b.type == .money {
        hint = "write the number as money too, e.g. 5bn or $5m"
      } else if a.type == .money && b.type == .percent {
        hint = "to grow an amount by a percent, multiply: 500bn * (1 + 4%)"
      } else if a.type == .date || b.type == .date {
        hint = "a date moves by a duration (2025-02-24 + 30d); two dates subtract to days"
      }
      throw site.mismatch("cannot \(verb) \(Site.article(b)) \(negate ? "from" : "to") \(Site.article(a))", hint: hint)
    }
  }

  static func multiply(_ a: Value, _ b: Value, _ site: Site) throws(Diagnostic) -> Value {
    func times(_ x: Decimal, _ y: Decimal) throws(Diagnostic) -> Decimal {
      try checked(site.span) { () throws(DecimalRangeError) in try CheckedDecimal.multiply(x, y) }
    }
    switch (a, b) {
    case (.null, _), (_, .null): return .null
    case (.number(let x), .number(let y)): return .number(try times(x, y))
    case (.money(let m), .number(let k)), (.number(let k), .money(let m)),
      (.money(let m), .percent(let k)), (.percent(let k), .money(let m)):
      return .money(Money(try times(m.amount, k), m.currency, perYear: m.perYear))
    case (.number(let x), .percent(let y)), (.percent(let y), .number(let x)): return .number(try times(x, y))
    case (.percent(let x), .percent(let y)): return .percent(try times(x, y))
    case (.money(let m), .duration(let d)), (.duration(let d), .money(let m)):
      guard m.perYear else {
        throw site.mismatch(
          "cannot multiply money by a duration",
          hint: "only a yearly flow times a duration gives money, e.g. 2bn/yr * 10y")
      }
      return .money(Money(try times(m.amount, d.years), m.currency))
    case (.duration(let d), .number(let k)), (.number(let k), .duration(let d)):
      return .duration(try durations(site.span) { () throws(DecimalRangeError) in try d.scaled(by: k) })
    default:
      throw site.mismatch("cannot multiply \(Site.article(a)) by \(Site.article(b))")
    }
  }

  static func divide(
    _ a: Value, _ b: Value, _ site: Site, _ fx: Settings
  ) throws(Diagnostic)
    -> Value
  {
    if a.isNull || b.isNull { return .null }
    if let d = b.decimalValue, d == 0 {
      throw Diagnostic(
        .runtime, id: "query.divisionByZero", "division by zero", span: site.right,
        hint: "the right-hand side of `/` is zero")
    }
    func over(_ x: Decimal, _ y: Decimal) throws(Diagnostic) -> Decimal {
      try checked(site.span) { () throws(DecimalRangeError) in try CheckedDecimal.divide(x, y) }
    }
    switch (a, b) {
    case (.number(let x), .number(let y)): return .number(try over(x, y))
    case (.number(let x), .percent(let y)): return .number(try over(x, y))
    case (.money(let m), .number(let k)), (.money(let m), .percent(let k)):
      return .money(Money(try over(m.amount, k), m.currency, perYear: m.perYear))
    case (.money(let x), .money(let y)):
      if !x.perYear, y.perYear {
        // A sum over a yearly flow is how long the flow takes to pay it: 500bn / 1bn/yr = 500y.
        return .duration(Duration(years: try over(x.amount, try convert(y, to: x.currency, fx, site.right))))
      }
      guard x.perYear == y.perYear else {
        throw site.mismatch(
          "cannot divide \(Site.article(a)) by \(Site.article(b))",
          hint: "divide a sum by a yearly flow for years (500bn / 1bn/yr), or two sums for a ratio")
      }
      return .number(try over(x.amount, try convert(y, to: x.currency, fx, site.right)))
    case (.money(let m), .duration(let d)) where !m.perYear:
      return .money(Money(try over(m.amount, d.years), m.currency, perYear: true))
    case (.percent(let x), .percent(let y)): return .number(try over(x, y))
    case (.percent(let x), .number(let y)): return .percent(try over(x, y))
    case (.duration(let x), .duration(let y)): return .number(try over(x.years, y.years))
    case (.duration(let x), .number(let y)): return .duration(Duration(years: try over(x.years, y)))
    default:
      throw site.mismatch("cannot divide \(Site.article(a)) by \(Site.article(b))")
    }
  }

  /// `P% of X`: the percent's share of a number, money, percent or duration.
  static func of(_ a: Value, _ b: Value, _ site: Site) throws(Diagnostic) -> Value {
    if a.isNull || b.isNull { return .null }
    guard case .percent = a else {
      throw Diagnostic(
        .type, id: "query.type.mismatch",
        "`of` needs a percent on its left, got \(Site.article(a))", span: site.left,
        hint: "e.g. 50% of 2bn")
    }
    return try multiply(b, a, site)
  }

  static func negate(_ a: Value, _ span: SourceSpan) throws(Diagnostic) -> Value {
    switch a {
    case .null: return .null
    case .number(let x): return .number(-x)
    case .percent(let x): return .percent(-x)
    case .money(let m): return .money(Money(-m.amount, m.currency, perYear: m.perYear))
    case .duration(let d):
      return .duration(try durations(span) { () throws(DecimalRangeError) in try d.scaled(by: -1) })
    default:
      throw Diagnostic(
        .type, id: "query.type.mismatch", "cannot negate \(Site.article(a))", span: span)
    }
  }

  /// The amount of `m` in `currency`, through the USD rates set with `:set fx.CUR`.
  static func convert(
    _ m: Money, to currency: String, _ fx: Settings, _ span: SourceSpan
  )
    throws(Diagnostic) -> Decimal
  {
    if m.currency == currency { return m.amount }
    guard let from = fx.rate(m.currency), let to = fx.rate(currency) else {
      let missing = fx.rate(m.currency) == nil ? m.currency : currency
      let other = missing == m.currency ? currency : m.currency
      let example = Value.plain(missingExample[missing] ?? 1)
      return try throwing(
        Diagnostic(
          .type, id: "query.fx.missingRate",
          "cannot mix \(other) and \(missing) without an exchange rate", span: span,
          hint: "set how many USD one \(missing) buys, e.g. :set fx.\(missing) \(example)"))
    }
    return try checked(span) { () throws(DecimalRangeError) in
      try CheckedDecimal.divide(try CheckedDecimal.multiply(m.amount, from), to)
    }
  }

  static let missingExample: [String: Decimal] = [
    "EUR": Decimal(string: "1.08") ?? 1, "GBP": Decimal(string: "1.27") ?? 1,
    "UAH": Decimal(string: "0.024") ?? 1,
  ]

  /// The value, or an overflow error when exact decimal arithmetic ran out of digits.
  static func finite(_ v: Value, _ site: Site) throws(Diagnostic) -> Value {
    if let d = v.decimalValue, d.isNaN { throw rangeError(.overflow, site.span) }
    return v
  }

  /// The result of `body`, or `query.overflow` / `query.underflow` at `span`.
  static func checked(
    _ span: SourceSpan, _ body: () throws(DecimalRangeError) -> Decimal
  )
    throws(Diagnostic) -> Decimal
  {
    do {
      return try body()
    } catch {
      throw rangeError(error, span)
    }
  }

  static func rangeError(_ e: DecimalRangeError, _ span: SourceSpan) -> Diagnostic {
    switch e {
    case .overflow:
      Diagnostic(
        .runtime, id: "query.overflow", "the result is too large to hold exactly", span: span,
        hint: "lode keeps 38 significant digits, up to about 10^165")
    case .underflow:
      Diagnostic(
        .runtime, id: "query.underflow", "the result is too small to hold exactly", span: span,
        hint: "lode keeps 38 significant digits, down to 10^-128")
    }
  }

  /// A duration computed by `body`, or the range error at `span`.
  static func durations(
    _ span: SourceSpan, _ body: () throws(DecimalRangeError) -> Duration
  )
    throws(Diagnostic) -> Duration
  {
    do {
      return try body()
    } catch {
      throw rangeError(error, span)
    }
  }

  static func sum(
    _ x: Decimal, _ y: Decimal, _ negate: Bool, _ span: SourceSpan
  ) throws(Diagnostic)
    -> Decimal
  {
    try checked(span) { () throws(DecimalRangeError) in
      negate ? try CheckedDecimal.subtract(x, y) : try CheckedDecimal.add(x, y)
    }
  }

  static func throwing(_ d: Diagnostic) throws(Diagnostic) -> Decimal { throw d }
}
