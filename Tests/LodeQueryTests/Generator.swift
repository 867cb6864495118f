import Foundation
import LodeCore
import LodeTestSupport

@testable import LodeQuery

/// Generates random but well-formed ASTs over the built-in commands.
struct ASTGenerator {
  var rng: SplitMix64

  mutating func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
  mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
  mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }

  static let span = SourceSpan(0, 0)

  mutating func decimal() -> Decimal {
    Decimal(int(0...99_999)) / Decimal(pick([1, 10, 100, 1000]))
  }

  mutating func literal() -> Value {
    switch int(0...9) {
    case 0: return .number(decimal())
    case 1: return .money(Money(decimal() * 1_000_000, pick(["USD", "EUR", "UAH"]), perYear: chance(0.3)))
    case 2: return .percent(decimal() / 100)
    case 3: return .duration(Duration(years: decimal()))
    case 4:
      return .date(
        pick([
          DateValue(year: 2025, month: 2, day: 24), DateValue(year: 2024, month: 11), DateValue(year: 2025, week: 8),
        ]))
    case 5: return .string(pick(["", "zel", "Київ", "a \"quoted\" word", "back\\slash", "tab\tnew\nline"]))
    case 6: return .bool(chance(0.5))
    case 7: return .null
    default: return .number(Decimal(int(0...1000)))
    }
  }

  mutating func expr(_ depth: Int, fields: Bool = true) -> Expr {
    let s = ASTGenerator.span
    if depth <= 0 || chance(0.25) {
      switch int(0...3) {
      case 0 where fields: return Expr(.field(pick(["n", "name", "amount", "who_said"])), span: s)
      case 1: return Expr(.variable(pick(["x", "total"])), span: s)
      default: return Expr(.literal(literal()), span: s)
      }
    }
    switch int(0...5) {
    case 0: return Expr(.unary(pick([.negate, .not]), expr(depth - 1, fields: fields)), span: s)
    case 1: return Expr(.list((0..<int(0...3)).map { _ in expr(depth - 1, fields: fields) }), span: s)
    case 2:
      return Expr(
        .call(pick(["round", "abs", "min"]), (0..<int(0...2)).map { _ in expr(depth - 1, fields: fields) }), span: s)
    default:
      return Expr(
        .binary(pick(BinaryOperator.allCases), expr(depth - 1, fields: fields), expr(depth - 1, fields: fields)),
        span: s)
    }
  }

  mutating func fields() -> [FieldKey] {
    (0..<int(1...3)).map { _ in
      FieldKey(
        name: pick(["n", "name", "two words", "desc"]), descending: pick([nil, true, false]), span: ASTGenerator.span)
    }
  }

  mutating func stage() -> Stage {
    let s = ASTGenerator.span
    func cmd(_ name: String, _ args: [Argument]) -> Stage {
      .command(CommandStage(name: name, nameSpan: s, arguments: args, flags: [], span: s))
    }
    switch int(0...7) {
    case 0: return cmd("where", [Argument(parameter: "condition", content: .rowExpression(expr(3)), span: s)])
    case 1: return cmd("sort", [Argument(parameter: "fields", content: .fields(fields()), span: s)])
    case 2: return cmd("limit", [Argument(parameter: "count", content: .expression(expr(2)), span: s)])
    case 3: return cmd("to", [Argument(parameter: "format", content: .choice(pick(["json", "csv", "md"])), span: s)])
    case 4:
      var args = [
        Argument(parameter: "by", content: .keyword("by"), span: s),
        Argument(parameter: "keys", content: .fields(fields().map { FieldKey(name: $0.name, span: s) }), span: s),
      ]
      if chance(0.5) {
        args.append(Argument(parameter: "aggregate", content: .choice("sum"), span: s))
        args.append(Argument(parameter: "field", content: .fields([FieldKey(name: "n", span: s)]), span: s))
      }
      return cmd("group", args)
    case 5:
      var args = [Argument(parameter: "start", content: .expression(expr(1)), span: s)]
      if chance(0.5) {
        args.append(Argument(parameter: "end", content: .expression(expr(1)), introducedBy: "to", span: s))
      }
      return cmd("range", args)
    case 6: return cmd("count", [])
    default:
      return cmd("first", chance(0.5) ? [] : [Argument(parameter: "count", content: .expression(expr(1)), span: s)])
    }
  }

  mutating func statement() -> Statement {
    if chance(0.3) {
      var e = expr(4, fields: false)
      if case .variable = e.node {
        e = Expr(.binary(.add, e, Expr(.literal(.number(1)), span: e.span)), span: e.span)
      }
      return .pipeline(Pipeline([.expression(e)]))
    }
    var stages = [chance(0.3) ? Stage.variable("x", span: SpanIgnored(wrappedValue: ASTGenerator.span)) : stage()]
    for _ in 0..<int(0...3) { stages.append(stage()) }
    let p = Pipeline(stages)
    return chance(0.2) ? .assignment(name: "saved", p) : .pipeline(p)
  }
}
