import Foundation

/// How values print as text: the one place that decides `$250,000,000,000` vs `$250bn`.
public struct ValueFormat: Sendable, Hashable {
  /// Compact money (`$500bn`) instead of grouped digits.
  public var compactMoney: Bool
  public init(compactMoney: Bool = false) { self.compactMoney = compactMoney }
  public static let standard = ValueFormat()
}

extension Value {
  /// The value as a human reads it in a table cell or on the calculator line.
  public func formatted(_ format: ValueFormat = .standard) -> String {
    switch self {
    case .null: return ""
    case .bool(let b): return b ? "true" : "false"
    case .number(let d): return Value.plain(d)
    case .money(let m): return Value.format(money: m, compact: format.compactMoney)
    case .percent(let p): return Value.percentDigits(p) + "%"
    case .duration(let d):
      if case .days(let n) = d.calendar { return "\(n)d" }
      return Value.plain(d.years) + "y"
    case .date(let d): return d.iso
    case .string(let s): return s
    case .list(let items): return "[" + items.map { $0.formatted(format) }.joined(separator: ", ") + "]"
    case .record(let r):
      return "{"
        + zip(r.fields, r.values).map { "\($0): \($1.formatted(format))" }
        .joined(separator: ", ") + "}"
    case .table(let t): return "<table \(t.count) rows × \(t.schema.count) columns>"
    }
  }

  /// Text with no grouping or symbols, as written to CSV and used for tie-breaking.
  public var plainText: String {
    switch self {
    case .number(let d): return Value.plain(d)
    case .money(let m): return Value.plain(m.amount)
    case .percent(let p): return Value.percentDigits(p) + "%"
    default: return formatted()
    }
  }

  /// A decimal as plain digits ("-1234.5") rounded to 12 decimal places; a value that
  /// would round to 0 but is not 0 prints in exponent form ("1.5e-20"), never as a bare 0.
  public static func plain(_ d: Decimal) -> String {
    // A whole number (a count) is its mantissa's digits: no rounding, and not Decimal's own
    // formatting, whose first use makes generic metadata by name (0.25M instructions at start-up).
    if let (_, e) = DecimalLayout.parts(d), e >= 0, let whole = DecimalLayout.description(d) { return whole }
    let r = CheckedDecimal.round(d, 12)
    if r.isZero && !d.isZero && !d.isNaN { return scientific(d) }
    let s = r.description
    return s == "-0" ? "0" : s
  }

  /// A percent's number of hundredths (0.25 → "25"), in exponent form when ×100 overflows.
  static func percentDigits(_ p: Decimal) -> String {
    guard let hundredths = try? CheckedDecimal.multiply(p, 100) else {
      return scientific(p, shift: 2)
    }
    return plain(hundredths)
  }

  /// `d` (× 10^shift) as `1.5e-20`: at most 12 significant digits, then the power of ten.
  public static func scientific(_ d: Decimal, shift: Int = 0) -> String {
    var digits = d.significand.description
    var exponent = d.exponent + digits.count - 1 + shift
    if digits.count > 12 {
      let kept = CheckedDecimal.round(
        Decimal(sign: .plus, exponent: 12 - digits.count, significand: d.significand), 0)
      digits = kept.description
      if digits.count > 12 {  // 999… rounded up to 1000…
        digits.removeLast()
        exponent += 1
      }
    }
    while digits.count > 1, digits.last == "0" { digits.removeLast() }
    let mantissa = digits.count > 1 ? "\(digits.prefix(1)).\(digits.dropFirst())" : digits
    return (d < 0 ? "-" : "") + mantissa + "e" + String(exponent)
  }

  /// Groups the integer part with commas: 250000000000.5 → "250,000,000,000.5".
  public static func grouped(_ d: Decimal, fractionDigits: Int? = nil) -> String {
    var v = d
    var r = Decimal()
    NSDecimalRound(&r, &v, fractionDigits ?? 12, .plain)
    if r.isZero && !d.isZero && !d.isNaN { return scientific(d) }
    var s = Value.plain(r)
    var sign = ""
    if s.hasPrefix("-") {
      sign = "-"
      s.removeFirst()
    }
    let parts = s.split(separator: ".", maxSplits: 1).map(String.init)
    var intPart = parts[0]
    var frac = parts.count > 1 ? parts[1] : ""
    if let fd = fractionDigits, fd > 0, !(frac.isEmpty && r == r.rounded0) {
      frac += String(repeating: "0", count: max(0, fd - frac.count))
    }
    var out = ""
    while intPart.count > 3 {
      out = "," + String(intPart.suffix(3)) + out
      intPart.removeLast(3)
    }
    out = intPart + out
    return sign + out + (frac.isEmpty ? "" : "." + frac)
  }

  /// Money as `$250,000,000,000`, `€1,200,000.50`, `1,000 CHF`, or compact `$250bn`.
  public static func format(money m: Money, compact: Bool) -> String {
    let symbol = currencySymbols[m.currency]
    var digits: String
    var amount = m.amount
    let negative = amount < 0
    if negative { amount = -amount }
    if compact {
      digits = compactDigits(amount)
    } else {
      let hasFraction = amount != amount.rounded0
      digits = grouped(amount, fractionDigits: hasFraction ? 2 : nil)
    }
    var s = symbol.map { $0 + digits } ?? "\(digits) \(m.currency)"
    if negative { s = "-" + s }
    if m.perYear { s += "/yr" }
    return s
  }

  private static func compactDigits(_ a: Decimal) -> String {
    let scales: [(Decimal, String)] = [
      (Decimal(1_000_000_000) * 1000, "tn"), (1_000_000_000, "bn"), (1_000_000, "m"),
      (1_000, "k"),
    ]
    for (size, suffix) in scales where a >= size {
      var q = a / size
      var r = Decimal()
      NSDecimalRound(&r, &q, 2, .plain)
      return plain(r) + suffix
    }
    return grouped(a, fractionDigits: a != a.rounded0 ? 2 : nil)
  }

  public static let currencySymbols: [String: String] = [
    "USD": "$", "EUR": "€", "GBP": "£", "UAH": "₴", "JPY": "¥", "RUB": "₽", "CNY": "CN¥",
  ]
}

extension Decimal {
  /// Rounded to an integer (half away from zero), exact.
  public var rounded0: Decimal {
    var v = self
    var r = Decimal()
    NSDecimalRound(&r, &v, 0, .plain)
    return r
  }
}
