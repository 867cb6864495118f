import Foundation
import LodeCore

extension Compiler {
  /// A function call: arity checked now, argument types checked per call.
  func call(_ name: String, _ args: [Expr], _ span: SourceSpan) throws(Diagnostic) -> Compiled {
    guard let fn = functions[name] else {
      throw Diagnostic(
        .name, id: "query.unknownFunction", "unknown function `\(name)`", span: span,
        hint: "functions: " + functions.keys.sorted().joined(separator: ", "),
        suggestions: Suggest.closest(to: name, in: functions.keys))
    }
    let total = fn.parameters.count
    let required = total - fn.optionalCount
    guard args.count >= required, args.count <= total else {
      let expected = required == total ? "\(total)" : "\(required) to \(total)"
      throw Diagnostic(
        .argument, id: "query.function.arity",
        "`\(name)` takes \(expected) argument\(total == 1 ? "" : "s"), got \(args.count)",
        span: span, hint: "usage: \(fn.usage)")
    }
    let parts = try args.map { (x: Expr) throws(Diagnostic) -> Compiled in try node(x) }
    let evals = parts.map(\.eval)
    let types = fn.parameters.map(\.type)
    let names = fn.parameters.map(\.name)
    let spans = args.map(\.span)
    let context = self.context
    let run = fn.run
    let usage = fn.usage
    let eval: Eval = { t, r throws(Diagnostic) in
      var values: [Value] = []
      values.reserveCapacity(evals.count)
      for (i, f) in evals.enumerated() {
        let v = try f(t, r)
        let want = types[i]
        if want != .any, v.type != want, !v.isNull {
          guard let coerced = Compiler.coerce(v, to: want) else {
            throw Diagnostic(
              .type, id: "query.type.mismatch",
              "`\(name)` expects \(names[i]) to be \(want.rawValue), got \(Site.article(v))",
              span: spans[i], hint: "usage: \(usage)")
          }
          values.append(coerced)
        } else {
          values.append(v)
        }
      }
      do throws(Diagnostic) {
        return try run(values, FunctionCall(span: span, argumentSpans: spans, context: context))
      } catch {
        throw error.located(at: span)
      }
    }
    return Compiled(eval: eval, constant: nil)
  }

  /// The few silent conversions: number → money (USD) or duration (years); text → date;
  /// a whole number from 1000 to 9999 where a date is expected → that year (`timeline add 2025 …`).
  static func coerce(_ v: Value, to type: ValueType) -> Value? {
    switch (v, type) {
    case (.number(let d), .money): return .money(Money(d))
    case (.number(let d), .duration): return .duration(Duration(years: d))
    case (.number(let d), .date) where d == d.rounded0 && d >= 1000 && d <= 9999:
      return .date(DateValue(year: NSDecimalNumber(decimal: d).intValue))
    case (.string(let s), .date): return DateValue.parse(s).map { .date($0) }
    default: return nil
    }
  }
}
