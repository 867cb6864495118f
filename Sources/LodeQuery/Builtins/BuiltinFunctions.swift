import Foundation
import LodeCore

/// The expression functions of module "core": abs, round, min, max, lower, upper, len,
/// year, month, date.
enum BuiltinFunctions {
  static let all = [abs, round, minimum, maximum, lower, upper, len, year, month, date]

  static func fn(
    _ name: String, _ summary: String, _ params: [(name: String, type: ValueType)],
    optional: Int = 0, examples: [Example] = [], _ run: @escaping FunctionDescriptor.Run
  ) -> FunctionDescriptor {
    FunctionDescriptor(
      name: name, module: "core", summary: summary, parameters: params, optionalCount: optional,
      examples: examples, run: run)
  }

  static let abs = fn(
    "abs", "The magnitude of a number, amount, percent or duration", [("x", .any)],
    examples: [Example("Absolute value", "abs(-5)", output: "5")]
  ) { args, call throws(Diagnostic) in
    let v = args[0]
    guard let d = v.decimalValue else {
      if v.isNull { return .null }
      throw call.error("query.type.mismatch", "`abs` needs a number, got \(Site.article(v))", argument: 0)
    }
    return d < 0 ? try Arithmetic.negate(v, call.span) : v
  }

  static let round = fn(
    "round", "Rounds half away from zero to DIGITS decimals (0 by default)",
    [("x", .any), ("digits", .number)], optional: 1,
    examples: [Example("Two decimals", "round(2.345, 2)", output: "2.35")]
  ) { args, call throws(Diagnostic) in
    var digits = 0
    if args.count > 1, case .number(let d) = args[1] {
      guard d == d.rounded0, d >= -12, d <= 12 else {
        throw call.error("query.argument.badCount", "digits must be a whole number from -12 to 12", argument: 1)
      }
      digits = NSDecimalNumber(decimal: d).intValue
    }
    func r(_ x: Decimal, _ scale: Int) -> Decimal {
      var v = x
      var out = Decimal()
      NSDecimalRound(&out, &v, scale, .plain)
      return out
    }
    switch args[0] {
    case .null: return .null
    case .number(let d): return .number(r(d, digits))
    case .money(let m): return .money(Money(r(m.amount, digits), m.currency, perYear: m.perYear))
    case .percent(let p):
      let hundredths = try Arithmetic.checked(call.span) { () throws(DecimalRangeError) in
        try CheckedDecimal.multiply(p, 100)
      }
      return .percent(r(hundredths, digits) / 100)
    case .duration(let d): return .duration(Duration(years: r(d.years, digits)))
    default:
      throw call.error("query.type.mismatch", "`round` needs a number, got \(Site.article(args[0]))", argument: 0)
    }
  }

  static func extreme(_ args: [Value], _ call: FunctionCall, wantLess: Bool) throws(Diagnostic) -> Value {
    var items = args
    if args.count == 1, case .list(let l) = args[0] { items = l }
    var best: Value = .null
    for v in items where !v.isNull {
      if best.isNull {
        best = v
        continue
      }
      let site = Site(span: call.span, left: call.span, right: call.span)
      guard let c = try Comparison.compare(v, best, site, call.context.settings) else { continue }
      if wantLess ? c < 0 : c > 0 { best = v }
    }
    return best
  }

  static let minimum = fn(
    "min", "The smaller of two values, or the smallest item of a list", [("a", .any), ("b", .any)],
    optional: 1, examples: [Example("Smaller", "min(3, 2)", output: "2")]
  ) { args, call throws(Diagnostic) in try extreme(args, call, wantLess: true) }

  static let maximum = fn(
    "max", "The larger of two values, or the largest item of a list", [("a", .any), ("b", .any)],
    optional: 1, examples: [Example("Largest", "max([1, 5, 2])", output: "5")]
  ) { args, call throws(Diagnostic) in try extreme(args, call, wantLess: false) }

  static let lower = fn(
    "lower", "Text in lower case", [("text", .string)],
    examples: [Example("Lower", "lower(\"Kyiv\")", output: "kyiv")]
  ) { args, _ in args[0].stringValue.map { .string($0.lowercased()) } ?? .null }

  static let upper = fn(
    "upper", "Text in upper case", [("text", .string)],
    examples: [Example("Upper", "upper(\"Kyiv\")", output: "KYIV")]
  ) { args, _ in args[0].stringValue.map { .string($0.uppercased()) } ?? .null }

  static let len = fn(
    "len", "Characters in text, items in a list, or rows in a table", [("x", .any)],
    examples: [Example("Length", "len(\"Kyiv\")", output: "4")]
  ) { args, call throws(Diagnostic) in
    switch args[0] {
    case .null: return .null
    case .string(let s): return .int(s.count)
    case .list(let l): return .int(l.count)
    case .table(let t): return .int(t.count)
    case .record(let r): return .int(r.fields.count)
    default:
      throw call.error("query.type.mismatch", "`len` needs text or a list, got \(Site.article(args[0]))", argument: 0)
    }
  }

  static let year = fn(
    "year", "The year of a date", [("date", .date)],
    examples: [Example("Year", "year(2025-02-24)", output: "2025")]
  ) { args, _ in
    if case .date(let d) = args[0] { return .int(d.year) }
    return .null
  }

  static let month = fn(
    "month", "The month (1–12) of a date, or null when the date has none", [("date", .date)],
    examples: [Example("Month", "month(2025-02-24)", output: "2")]
  ) { args, _ in
    if case .date(let d) = args[0], let m = d.month { return .int(m) }
    return .null
  }

  static let date = fn(
    "date", "A date from ISO text (2025, 2025-02, 2025-02-24, 2025-W08) or a year number",
    [("text", .any)],
    examples: [Example("A year", "date(\"2025\")", output: "2025")]
  ) { args, call throws(Diagnostic) in
    switch args[0] {
    case .null, .date: return args[0]
    case .number(let n) where n == n.rounded0 && n >= 1 && n <= 9999:
      return .date(DateValue(year: NSDecimalNumber(decimal: n).intValue))
    case .string: break
    default:
      throw call.error(
        "query.type.mismatch", "`date` needs ISO text or a year, got \(Site.article(args[0]))", argument: 0)
    }
    guard case .string(let s) = args[0] else { return args[0] }
    guard let d = DateValue.parse(s.trimmingCharacters(in: .whitespaces)) else {
      throw call.error(
        "query.type.badDate", "`\(s)` is not a date", argument: 0,
        hint: "write 2025, 2025-02, 2025-02-24 or 2025-W08")
    }
    return .date(d)
  }
}
