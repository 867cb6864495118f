import Foundation
import LodeCore

/// Running count/sum/avg/min/max of one group's values; nulls are skipped.
struct Aggregator {
  var op: String
  var count = 0
  var total: Value = .null
  var best: Value = .null

  init(_ op: String) { self.op = op }

  mutating func add(_ v: Value, _ fx: Settings, _ span: SourceSpan) throws(Diagnostic) {
    if v.isNull { return }
    count += 1
    switch op {
    case "sum", "avg":
      let site = Site(span: span, left: span, right: span)
      total = total.isNull ? v : try Arithmetic.add(total, v, site, fx)
    case "min":
      if best.isNull || Value.order(v, best) < 0 { best = v }
    case "max":
      if best.isNull || Value.order(v, best) > 0 { best = v }
    default:
      break
    }
  }

  func result(_ span: SourceSpan) throws(Diagnostic) -> Value {
    switch op {
    case "count": return .int(count)
    case "sum": return total.isNull ? .int(0) : total
    case "avg":
      guard count > 0 else { return .null }
      let site = Site(span: span, left: span, right: span)
      return try Arithmetic.divide(total, .int(count), site, Settings())
    default: return best
    }
  }
}
