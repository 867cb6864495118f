import Foundation
import LodeCore

/// The worked steps of a valuation: rows of (step, formula, value) shown as a table.
///
/// Every `value …` command shows these instead of only the answer, so an analyst can
/// check each multiplication; the answer itself flows on through the pipeline.
struct WorkedSteps: Sendable {
  private(set) var rows: [[Value]] = []

  mutating func add(_ step: String, _ formula: String, _ value: Value) {
    rows.append([.string(step), .string(formula), value])
  }

  /// Renames the last step: a command that reuses another's math names its own answer.
  mutating func renameLast(_ step: String) {
    guard !rows.isEmpty else { return }
    rows[rows.count - 1][0] = .string(step)
  }

  var table: Table {
    Table(
      schema: Schema([
        Schema.Column("step", .string), Schema.Column("formula", .string),
        Schema.Column("value", .any),
      ]), rows: rows)
  }

  static let schema = Schema([
    Schema.Column("step", .string), Schema.Column("formula", .string), Schema.Column("value", .any),
  ])
}

/// A computed answer with its steps and any notes (e.g. "never repaid").
struct Worked: Sendable {
  var value: Value
  var steps: WorkedSteps
  var notes: [String] = []

  var output: CommandOutput { CommandOutput(value, display: .table(steps.table), notes: notes) }
}

/// Short renderings of values for the `formula` column: `$500bn`, `8%`, `30y`.
enum Show {
  static func money(_ m: Money) -> String { Value.format(money: m, compact: true) }
  static func percent(_ p: Decimal) -> String {
    guard let hundredths = try? CheckedDecimal.multiply(p, 100) else { return Value.scientific(p, shift: 2) + "%" }
    return number(hundredths) + "%"
  }
  /// Six decimal places; a value that would show as a bare 0 but is not 0 in exponent form.
  static func number(_ d: Decimal) -> String {
    let r = DecimalMath.round(d, 6)
    return r.isZero && !d.isZero ? Value.scientific(d) : Value.plain(r)
  }
  static func years(_ d: Decimal) -> String { number(d) + "y" }
}
