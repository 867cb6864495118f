import Foundation
import LodeCore

/// The arguments of a valuation, read one way whether it was typed as a command
/// (`value pv 500bn at 8% for 30y`) or called as a function (`pv(500bn, 8%, 30y)`): by
/// parameter name, each read checking its value and locating its own errors at that
/// argument. Errors of the computation itself point at the whole call (`computing`).
struct ValuationArguments {
  var values: [String: Value]
  var spans: [String: SourceSpan]
  var span: SourceSpan
  var context: Context

  /// A command's arguments and flags.
  init(_ inv: Invocation, _ context: Context) {
    values = inv.arguments.merging(inv.flags) { argument, _ in argument }
    spans = inv.argumentSpans
    span = inv.span
    self.context = context
  }

  /// A function's positional arguments under the command's parameter names; a null
  /// leaves an optional one out (`payback(500bn, 1bn/yr, null, 5%)`).
  init(_ args: [Value], _ call: FunctionCall, names: [String]) {
    values = [:]
    spans = [:]
    for (i, name) in names.enumerated() where i < args.count && !args[i].isNull {
      values[name] = args[i]
      if i < call.argumentSpans.count { spans[name] = call.argumentSpans[i] }
    }
    span = call.span
    context = call.context
  }

  /// Reads argument `name` (nil when not given) with `body`, locating any error at it.
  func read<T>(_ name: String, _ body: (Value?) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
    do throws(Diagnostic) {
      return try body(values[name])
    } catch {
      throw error.located(at: spans[name] ?? span)
    }
  }

  /// An error about argument `name`, located at it.
  func error(_ d: Diagnostic, at name: String) -> Diagnostic { d.located(at: spans[name] ?? span) }

  func money(_ name: String, _ label: String) throws(Diagnostic) -> Money {
    try read(name) { v throws(Diagnostic) in try ValuationInput.money(v, label) }
  }

  func sum(_ name: String, _ label: String) throws(Diagnostic) -> Money {
    try read(name) { v throws(Diagnostic) in try ValuationInput.sum(v, label) }
  }

  func flow(_ name: String, _ label: String) throws(Diagnostic) -> Money {
    try read(name) { v throws(Diagnostic) in try ValuationInput.flow(v, label) }
  }

  func rate(_ name: String, _ label: String, allowNegative: Bool = false) throws(Diagnostic) -> Decimal {
    try read(name) { v throws(Diagnostic) in try ValuationInput.rate(v, label, allowNegative: allowNegative) }
  }

  /// An optional rate (a flag, or a function's trailing argument): nil when not given.
  func optionalRate(_ name: String, _ label: String, allowNegative: Bool = false) throws(Diagnostic) -> Decimal? {
    try read(name) { v throws(Diagnostic) in
      try v.map { v throws(Diagnostic) in try ValuationInput.rate(v, label, allowNegative: allowNegative) }
    }
  }

  /// A number of years; `whole` when paid yearly (a flow is paid at each year's end).
  func years(_ name: String, _ label: String, whole: Bool = false) throws(Diagnostic) -> Decimal {
    try read(name) { v throws(Diagnostic) in
      let y = try ValuationInput.years(v, label)
      return whole ? try ValuationInput.payments(y, label) : y
    }
  }

  /// `AMOUNT at RATE for DURATION` as `value pv` and `value fv` declare it: a sum or a yearly
  /// flow, a rate, and a number of years (whole for a flow, paid at each year's end).
  func compounding() throws(Diagnostic) -> (amount: Money, rate: Decimal, years: Decimal) {
    let amount = try money("amount", "the amount")
    let r = try rate("rate", "the rate")
    return (amount, r, try years("duration", "the duration", whole: amount.perYear))
  }

  /// Runs the computation; an error it throws that no read located points at the call.
  func computing(_ body: () throws(Diagnostic) -> Worked) throws(Diagnostic) -> Worked {
    do throws(Diagnostic) {
      return try body()
    } catch { throw error.located(at: span) }
  }
}

/// A valuation declared once, as its command: the command's `run` and the expression
/// function derived from its declaration (`value pv` → `pv(amount, rate, duration)`) are
/// both one `Evaluate` closure over `ValuationArguments`.
enum Valuation {
  typealias Evaluate = @Sendable (ValuationArguments) throws(Diagnostic) -> Worked

  /// The command's `run`: the value flows on, the worked steps are its display.
  static func run(_ evaluate: @escaping Evaluate) -> CommandDescriptor.Run {
    { inv, ctx throws(Diagnostic) in
      let args = ValuationArguments(inv, ctx)
      return try args.computing { () throws(Diagnostic) in try evaluate(args) }.output
    }
  }

  /// The function of `command`: named after its last word, taking its value parameters and
  /// then its flags (which may be left out), in order; its answer without the steps.
  static func function(
    from command: CommandDescriptor, examples: [Example], evaluate: @escaping Evaluate
  ) -> FunctionDescriptor {
    var parameters: [(name: String, type: ValueType)] = []
    for p in command.signature.parameters {
      switch p.shape {
      case .value(let type): parameters.append((p.name, type))
      case .word: parameters.append((p.name, .string))
      default: continue
      }
    }
    var optional = 0
    for f in command.signature.flags {
      guard let type = f.valueType else { continue }
      parameters.append((f.name, type))
      optional += 1
    }
    let names = parameters.map(\.name)
    return FunctionDescriptor(
      name: command.name.lastIndex(of: " ").map { String(command.name[command.name.index(after: $0)...]) }
        ?? command.name,
      module: command.module, summary: command.summary, parameters: parameters,
      optionalCount: optional, examples: examples,
      run: { values, call throws(Diagnostic) in
        let args = ValuationArguments(values, call, names: names)
        return try args.computing { () throws(Diagnostic) in try evaluate(args) }.value
      })
  }
}
