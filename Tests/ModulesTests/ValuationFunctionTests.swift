import Foundation
import LodeCore
import Testing

@testable import ValuationModule

/// Each valuation function is derived from its command's declaration and evaluated by the
/// same closure, with errors located at the argument they are about.
@Suite struct ValuationFunctionTests {
  @Test func everyFunctionTakesItsCommandsParametersThenFlags() throws {
    for f in ValuationModule.functions {
      let c = try #require(ValuationModule.commands.first { $0.name == "value " + f.name })
      let values = c.signature.parameters.compactMap { p -> String? in
        switch p.shape {
        case .value, .word: return p.name
        default: return nil
        }
      }
      #expect(f.parameters.map(\.name) == values + c.signature.flags.map(\.name), "\(f.name)")
      #expect(f.optionalCount == c.signature.flags.count && f.summary == c.summary && f.module == c.module)
    }
    #expect(
      ValuationModule.functions.map(\.name) == [
        "pv", "fv", "npv", "annuity", "payback", "cagr", "generations", "convert",
      ])
  }

  func failure(_ name: String, _ args: [Value]) -> Diagnostic? {
    guard let f = ValuationModule.functions.first(where: { $0.name == name }) else { return nil }
    let spans = args.indices.map { SourceSpan(10 * $0 + 3, 10 * $0 + 8) }
    let call = FunctionCall(span: SourceSpan(0, 40), argumentSpans: spans, context: Context())
    do {
      _ = try f.run(args, call)
      return nil
    } catch { return error }
  }

  @Test func anArgumentsErrorPointsAtThatArgument() {
    let plain = failure("pv", [.number(500), .percent(0.08), .duration(Duration(years: 30))])
    #expect(plain?.id == "value.units" && plain?.span == SourceSpan(3, 8))
    let rate = failure("pv", [.money(Money(500)), .number(8), .duration(Duration(years: 30))])
    #expect(rate?.id == "value.badArgument" && rate?.span == SourceSpan(13, 18))
    let principal = failure("payback", [.money(Money(-5)), .money(Money(1, perYear: true))])
    #expect(principal?.id == "value.payback.principal" && principal?.span == SourceSpan(3, 8))
  }

  /// An error of the computation itself points at the whole call.
  @Test func aComputationsErrorPointsAtTheCall() {
    let d = failure("annuity", [.money(Money(500)), .percent(0.03), .duration(Duration(years: 0))])
    #expect(d?.id == "value.annuity.zeroYears" && d?.span == SourceSpan(0, 40))
  }

  /// A null leaves an optional argument out: `payback(500bn, 1bn/yr, null, 5%)`.
  @Test func aNullSkipsAnOptionalArgument() throws {
    let f = try #require(ValuationModule.functions.first { $0.name == "payback" })
    let call = FunctionCall(span: SourceSpan(0, 1), argumentSpans: [], context: Context())
    let v = try f.run([.money(Money(500)), .money(Money(100, perYear: true)), .null, .percent(0)], call)
    #expect(v == .duration(Duration(years: 5)))
  }
}
