import LodeCore

/// Running count/sum/avg/min/max of one group's values; nulls are skipped.
///
/// Numbers, and money of the first value's currency, are summed exactly in integer
/// arithmetic (`DecimalSum`); anything else goes through the unit-checked `Arithmetic`.
struct Aggregator {
  var op: String
  var count = 0
  var sum = DecimalSum()
  var template: Value?
  var other: Value = .null
  var best: Value = .null

  init(_ op: String) { self.op = op }

  mutating func add(_ v: Value, _ fx: Settings, _ span: SourceSpan) throws(Diagnostic) {
    if v.isNull { return }
    count += 1
    switch op {
    case "sum", "avg":
      switch (v, template) {
      case (.number(let d), nil), (.number(let d), .number?):
        template = v
        sum.add(d)
      case (.money(let m), nil):
        template = v
        sum.add(m.amount)
      case (.money(let m), .money(let t)?) where t.currency == m.currency && t.perYear == m.perYear:
        sum.add(m.amount)
      default:
        let site = Site(span: span, left: span, right: span)
        other = other.isNull ? v : try Arithmetic.add(other, v, site, fx)
      }
    case "min", "max":
      if best.isNull {
        best = v
      } else {
        let c: Int
        if case .number(let x) = v, case .number(let y) = best {
          c = FastDecimal.compare(x, y)
        } else {
          c = Value.order(v, best)
        }
        if op == "min" ? c < 0 : c > 0 { best = v }
      }
    default:
      break
    }
  }

  func total(_ fx: Settings, _ span: SourceSpan) throws(Diagnostic) -> Value {
    var fast: Value
    switch template {
    case .money(let t)?: fast = .money(Money(sum.value, t.currency, perYear: t.perYear))
    case .number?: fast = .number(sum.value)
    default: fast = .null
    }
    if other.isNull { return fast }
    if fast.isNull { return other }
    return try Arithmetic.add(fast, other, Site(span: span, left: span, right: span), fx)
  }

  func result(_ fx: Settings, _ span: SourceSpan) throws(Diagnostic) -> Value {
    switch op {
    case "count": return .int(count)
    case "sum":
      let t = try Arithmetic.finite(try total(fx, span), Site(span: span, left: span, right: span))
      return t.isNull ? .int(0) : t
    case "avg":
      guard count > 0 else { return .null }
      let site = Site(span: span, left: span, right: span)
      return try Arithmetic.divide(try total(fx, span), .int(count), site, fx)
    default: return best
    }
  }
}
