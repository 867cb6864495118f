import Foundation
import LodeCore

/// `value share`: what share one figure is of another, or a percent of an amount.
enum ValueShare {
  static let descriptor = CommandDescriptor(
    name: "value share", module: "Valuation",
    summary: "The share PART is of WHOLE (or a percent of an amount)",
    discussion: """
      With two amounts, answers PART ÷ WHOLE as a percent and as a multiple \
      ("$500bn is 287.356322% of $174bn, 2.873563 times"); the steps round to 6 decimal \
      places, the answer that flows on keeps all 38 digits. With a percent and an amount, \
      answers the amount that percent is. Exact decimal division (38 significant digits). \
      When a table with a numeric `value` column flows in (e.g. `amounts`) and PART is \
      left out, each row gets a `share` column: its value ÷ WHOLE. Amounts in different \
      currencies are refused; convert first with `value convert`. Units are checked: \
      money against a plain number (`value share 10 of 174bn`, a count against dollars) \
      is refused, as is a yearly flow against a sum.
      """,
    signature: Signature(
      [
        Parameter("part", .value(.any), optional: true, help: "an amount or a percent"),
        Parameter("of", .keyword("of")),
        Parameter("whole", .value(.any), help: "the amount to compare with"),
      ], input: .any, output: .any),
    examples: [
      Example(
        "Trump's $500bn against the $174bn Congress appropriated", "value share 500bn of 174bn",
        output: """
          step   formula                  value
          ─────  ────────────  ────────────────
          part                 $500,000,000,000
          whole                $174,000,000,000
          share  part / whole       287.356322%
          times  part / whole          2.873563
          """),
      Example(
        "Half of the revenue", "value share 50% of 2bn/yr",
        output: """
          step     formula                    value
          ───────  ─────────────  ─────────────────
          percent                               50%
          of                      $2,000,000,000/yr
          amount   50% × $2bn/yr  $1,000,000,000/yr
          """),
    ],
    display: .steps(WorkedSteps.schema),
    run: { inv, ctx throws(Diagnostic) in
      guard let whole = inv["whole"] else {
        throw inv.error("value.share.whole", "value share needs a WHOLE after `of`")
      }
      if inv["part"] == nil, case .table(let t) = inv.input {
        return try shareColumn(t, whole: whole, inv: inv)
      }
      guard let part = inv["part"] else {
        throw inv.error(
          "value.share.part", "value share needs a PART, or a table with a value column flowing in",
          hint: "e.g. value share 500bn of 174bn")
      }
      let args = ValuationArguments(inv, ctx)
      return try args.computing { () throws(Diagnostic) in try compute(part: part, whole: whole, args: args) }.output
    })

  /// `args` locates a units mismatch at the part.
  static func compute(part: Value, whole: Value, args: ValuationArguments? = nil) throws(Diagnostic) -> Worked {
    var steps = WorkedSteps()
    switch (part, whole) {
    case (.percent(let p), .money(let m)):
      steps.add("percent", "", .percent(p))
      steps.add("of", "", .money(m))
      let r = Money(try ValuationInput.times(p, m.amount), m.currency, perYear: m.perYear)
      steps.add("amount", "\(Show.percent(p)) × \(Show.money(m))", .money(r))
      return Worked(value: .money(r), steps: steps)
    case (.percent(let p), .number(let n)):
      steps.add("amount", "\(Show.percent(p)) × \(Show.number(n))", .number(try ValuationInput.times(p, n)))
      return Worked(value: .number(try ValuationInput.times(p, n)), steps: steps)
    default:
      let (a, b) = try magnitudes(part, whole, args: args)
      guard b != 0 else {
        throw Diagnostic(.argument, id: "value.share.zero", "the whole is zero; no share of it exists")
      }
      steps.add("part", "", part)
      steps.add("whole", "", whole)
      let share = try ValuationInput.over(a, b)
      steps.add("share", "part / whole", .percent(DecimalMath.round(share, 8)))
      steps.add("times", "part / whole", .number(DecimalMath.round(share, 6)))
      return Worked(value: .percent(share), steps: steps)
    }
  }

  private static func magnitudes(
    _ a: Value, _ b: Value, args: ValuationArguments? = nil
  ) throws(Diagnostic)
    -> (Decimal, Decimal)
  {
    switch (a, b) {
    case (.money, .money), (.number, .number): return try ValueCAGR.magnitudes(a, b)
    case (.money, .number), (.number, .money):
      let mismatch = Diagnostic(
        .type, id: "value.units",
        "value share compares like with like; got \(a.type.rawValue) and \(b.type.rawValue)",
        hint: "give both as money (10bn of 174bn), both as numbers, or a percent of an amount (10% of 174bn)")
      throw args?.error(mismatch, at: "part") ?? mismatch
    default:
      throw Diagnostic(
        .type, id: "value.share.types",
        "value share takes two amounts, or a percent of an amount; got \(a.type.rawValue) and \(b.type.rawValue)")
    }
  }

  private static func shareColumn(
    _ t: Table, whole: Value, inv: Invocation
  ) throws(Diagnostic)
    -> CommandOutput
  {
    guard let c = t.schema.index(of: "value") else {
      throw inv.error(
        "value.share.noValueColumn", "the table flowing in has no `value` column",
        hint: "give a PART: value share 500bn of 174bn")
    }
    var out = t
    out.schema.columns.append(Schema.Column("share", .percent))
    for i in out.rows.indices {
      var cell = Value.null
      let v = t.rows[i][c]
      if let (a, b) = try? magnitudes(v, whole), let share = try? CheckedDecimal.divide(a, b) { cell = .percent(share) }
      out.rows[i].append(cell)
    }
    return CommandOutput(.table(out))
  }
}
