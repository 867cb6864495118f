import Foundation
import LodeCore

/// The valuation math as expression functions (`npv(8%, 10bn/yr, 30y)`), so the answers
/// can be used inside `where`, `let` and calculator lines without the worked steps.
enum ValuationFunctions {
  static let module = "Valuation"

  static let all: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "pv", module: module, summary: "Present value of a sum or yearly flow",
      parameters: [("amount", .money), ("rate", .percent), ("years", .duration)],
      examples: [Example("$500bn due in 30 years, valued today at 8%", "pv(500bn, 8%, 30y)", output: "$49,688,666,274.90")],
      run: { args, call throws(Diagnostic) in
        try call.each { () throws(Diagnostic) in
          try ValuePresent.compute(
            amount: try money(args, 0, call, "amount"),
            rate: try rate(args, 1, call, "rate"),
            years: try years(args, 2, call, "years"))
        }
      }),
    FunctionDescriptor(
      name: "fv", module: module, summary: "Future value of a sum or yearly flow",
      parameters: [("amount", .money), ("rate", .percent), ("years", .duration)],
      examples: [Example("$174bn after 10 years at 4%", "fv(174bn, 4%, 10y)", output: "$257,562,505,575.79")],
      run: { args, call throws(Diagnostic) in
        try call.each { () throws(Diagnostic) in
          try ValueFuture.compute(
            amount: try money(args, 0, call, "amount"),
            rate: try rate(args, 1, call, "rate"),
            years: try years(args, 2, call, "years"))
        }
      }),
    FunctionDescriptor(
      name: "npv", module: module, summary: "Net present value of a yearly flow",
      parameters: [("rate", .percent), ("flow", .money), ("years", .duration), ("growth", .percent)],
      optionalCount: 1, examples: [Example("$10bn a year for 30 years at 8%", "npv(8%, 10bn/yr, 30y)", output: "$112,577,833,431.27")],
      run: { args, call throws(Diagnostic) in
        try call.each { () throws(Diagnostic) in
          try ValueNPV.compute(
            rate: try rate(args, 0, call, "rate"),
            flow: try arg(args, 1, call) { v throws(Diagnostic) in try ValuationInput.flow(v, "flow") },
            years: try years(args, 2, call, "years"),
            growth: args.count > 3
              ? try rate(args, 3, call, "growth", allowNegative: true) : nil)
        }
      }),
    FunctionDescriptor(
      name: "annuity", module: module, summary: "Yearly payment repaying a principal",
      parameters: [("principal", .money), ("rate", .percent), ("years", .duration)],
      examples: [Example("the yearly payment repaying $500bn over 100 years at 3%", "annuity(500bn, 3%, 100y)", output: "$15,823,332,949.24/yr")],
      run: { args, call throws(Diagnostic) in
        try call.each { () throws(Diagnostic) in
          try ValueAnnuity.compute(
            principal: try money(args, 0, call, "principal"),
            rate: try rate(args, 1, call, "rate"),
            years: try years(args, 2, call, "years"))
        }
      }),
    FunctionDescriptor(
      name: "payback", module: module,
      summary: "Years for a yearly payment to repay a principal (null if never)",
      parameters: [("principal", .money), ("yearly", .money), ("growth", .percent), ("discount", .percent)],
      optionalCount: 2, examples: [Example("years for $1bn a year to repay $500bn", "payback(500bn, 1bn/yr)", output: "500y")],
      run: { args, call throws(Diagnostic) in
        try call.each { () throws(Diagnostic) in
          try ValuePayback.compute(
            principal: try money(args, 0, call, "principal"),
            yearly: try money(args, 1, call, "yearly"),
            growth: args.count > 2 && !args[2].isNull
              ? try rate(args, 2, call, "growth", allowNegative: true) : nil,
            discount: args.count > 3
              ? try rate(args, 3, call, "discount") : nil,
            generationYears: call.context.generationYears)
        }
      }),
    FunctionDescriptor(
      name: "cagr", module: module, summary: "Compound annual growth rate",
      parameters: [("from", .money), ("to", .money), ("years", .duration)],
      examples: [Example("yearly growth from $411bn to $524bn in two years", "cagr(411bn, 524bn, 2y)", output: "12.913204398307%")],
      run: { args, call throws(Diagnostic) in
        try call.each { () throws(Diagnostic) in
          try ValueCAGR.compute(
            from: try arg(args, 0, call) { v throws(Diagnostic) in try ValueCAGR.figure(v, "from") },
            to: try arg(args, 1, call) { v throws(Diagnostic) in try ValueCAGR.figure(v, "to") },
            years: try years(args, 2, call, "years"))
        }
      }),
    FunctionDescriptor(
      name: "generations", module: module, summary: "Years expressed in generations",
      parameters: [("years", .duration)], examples: [Example("250 years in generations", "generations(250y)", output: "10")],
      run: { args, call throws(Diagnostic) in
        try call.each { () throws(Diagnostic) in
          ValueGenerations.compute(
            years: try years(args, 0, call, "years"),
            generationYears: call.context.generationYears)
        }
      }),
    FunctionDescriptor(
      name: "convert", module: module, summary: "Money in another currency at the rates set",
      parameters: [("amount", .money), ("currency", .string)],
      examples: [Example("$500bn in euros at the rate set with :set fx.EUR", "convert(500bn, \"EUR\")")],
      run: { args, call throws(Diagnostic) in
        try call.each { () throws(Diagnostic) in
          try ValueConvert.compute(
            amount: try money(args, 0, call, "amount"),
            to: (args.count > 1 ? args[1].stringValue ?? "" : "").uppercased(),
            settings: call.context.settings)
        }
      }),
  ]

  /// Argument `i` as money (a sum or a yearly flow), errors located at it.
  static func money(_ args: [Value], _ i: Int, _ call: FunctionCall, _ name: String)
    throws(Diagnostic) -> Money
  {
    try arg(args, i, call) { v throws(Diagnostic) in try ValuationInput.money(v, name) }
  }

  /// Argument `i` as a rate, errors located at it.
  static func rate(
    _ args: [Value], _ i: Int, _ call: FunctionCall, _ name: String, allowNegative: Bool = false
  ) throws(Diagnostic) -> Decimal {
    try arg(args, i, call) { v throws(Diagnostic) in
      try ValuationInput.rate(v, name, allowNegative: allowNegative)
    }
  }

  /// Argument `i` as a number of years, errors located at it.
  static func years(_ args: [Value], _ i: Int, _ call: FunctionCall, _ name: String)
    throws(Diagnostic) -> Decimal
  {
    try arg(args, i, call) { v throws(Diagnostic) in try ValuationInput.years(v, name) }
  }

  /// Reads argument `i`, locating any error at it.
  static func arg<T>(_ args: [Value], _ i: Int, _ call: FunctionCall, _ read: (Value?) throws(Diagnostic) -> T)
    throws(Diagnostic) -> T
  {
    do throws(Diagnostic) {
      return try read(args.indices.contains(i) ? args[i] : nil)
    } catch {
      throw error.located(at: call.argumentSpans.indices.contains(i) ? call.argumentSpans[i] : call.span)
    }
  }
}

extension FunctionCall {
  /// Runs a computation and returns only its answer; errors point at the call.
  func each(_ body: () throws(Diagnostic) -> Worked) throws(Diagnostic) -> Value {
    do throws(Diagnostic) {
      return try body().value
    } catch { throw error.located(at: span) }
  }
}
