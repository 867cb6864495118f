import Foundation
import LodeCore
import LodeShell
import Testing

@testable import ValuationModule

private func run(
  _ d: CommandDescriptor, _ args: [String: Value], flags: [String: Value] = [:],
  context: Context = Context()
) throws(Diagnostic) -> CommandOutput {
  try d.run(Invocation(command: d.name, arguments: args, flags: flags), context)
}

private func steps(_ out: CommandOutput) -> [String: Value] {
  guard case .table(let t)? = out.display else { return [:] }
  var d: [String: Value] = [:]
  for r in t.rows { if case .string(let s) = r[0] { d[s] = r[2] } }
  return d
}

private func money(_ v: Value) -> Decimal? { if case .money(let m) = v { m.amount } else { nil } }

@Suite struct ValuationTests {
  @Test func paybackWithoutGrowthIsExact() throws {
    let out = try run(
      ValuePayback.descriptor,
      ["principal": .money(Money(500_000_000_000)), "yearly": .money(Money(1_000_000_000, perYear: true))])
    #expect(out.value == .duration(Duration(years: 500)))
    #expect(steps(out)["generations"] == .number(20))
    guard case .table(let t)? = out.display else {
      Issue.record("no steps table")
      return
    }
    #expect(t.schema.names == ["step", "formula", "value"])
  }

  @Test func generationsFollowTheSetting() throws {
    var s = Settings(specs: ShellModules.settings)
    try s.set("generation.years", "30")
    let out = try run(
      ValuePayback.descriptor,
      ["principal": .money(Money(600)), "yearly": .money(Money(2, perYear: true))],
      context: Context(settings: s))
    #expect(out.value == .duration(Duration(years: 300)))
    #expect(steps(out)["generations"] == .number(10))
  }

  @Test func paybackWithGrowthMatchesSummation() throws {
    let out = try run(
      ValuePayback.descriptor,
      ["principal": .money(Money(500)), "yearly": .money(Money(1, perYear: true))],
      flags: ["growth": .percent(Decimal(string: "0.03")!)])
    guard case .duration(let d) = out.value else {
      Issue.record("expected a duration, got \(out.value)")
      return
    }
    // Independent check: sum 1.03^(t-1) until it reaches 500, interpolating the last year.
    var total = 0.0
    var year = 0
    while total < 500 {
      total += pow(1.03, Double(year))
      year += 1
    }
    let years = NSDecimalNumber(decimal: d.years).doubleValue
    #expect(years > Double(year - 1) && years <= Double(year))
    #expect(steps(out)["repaid in year"] == .int(year))
  }

  @Test func zeroOrDiscountedFlowIsNeverRepaid() throws {
    let zero = try run(
      ValuePayback.descriptor, ["principal": .money(Money(500)), "yearly": .money(Money(0, perYear: true))])
    #expect(zero.value == .null)
    #expect(steps(zero)["years"] == .string("never repaid"))
    let discounted = try run(
      ValuePayback.descriptor, ["principal": .money(Money(500)), "yearly": .money(Money(1, perYear: true))],
      flags: ["discount": .percent(Decimal(string: "0.05")!)])
    #expect(discounted.value == .null)
  }

  @Test func negativeDiscountIsRefused() {
    #expect(throws: Diagnostic.self) {
      try run(
        ValuePayback.descriptor,
        ["principal": .money(Money(500)), "yearly": .money(Money(1, perYear: true))],
        flags: ["discount": .percent(-1 / 10)])
    }
  }

  @Test func npvMatchesDirectSummation() throws {
    let out = try run(
      ValueNPV.descriptor,
      [
        "rate": .percent(Decimal(string: "0.08")!), "flow": .money(Money(10_000_000_000, perYear: true)),
        "duration": .duration(Duration(years: 30)),
      ])
    var direct: Decimal = 0
    var factor: Decimal = 1
    for _ in 1...30 {
      factor *= Decimal(string: "1.08")!
      direct += 10_000_000_000 / factor
    }
    let got = try #require(money(out.value))
    #expect(abs(got - direct) < Decimal(string: "0.0001")!)
    #expect(got > 112_577_000_000 && got < 112_579_000_000)
  }

  @Test func npvAtZeroRateIsTheSum() throws {
    let out = try run(
      ValueNPV.descriptor,
      ["rate": .percent(0), "flow": .money(Money(7, perYear: true)), "duration": .duration(Duration(years: 3))],
      flags: ["growth": .percent(0)])
    #expect(out.value == .money(Money(21)))
  }

  @Test func fvAndPvAreInverse() throws {
    let fv = try run(
      ValueFuture.descriptor,
      ["amount": .money(Money(100)), "rate": .percent(Decimal(string: "0.1")!), "duration": .int(2)])
    #expect(fv.value == .money(Money(121)))
    let pv = try run(
      ValuePresent.descriptor,
      ["amount": .money(Money(121)), "rate": .percent(Decimal(string: "0.1")!), "duration": .int(2)])
    #expect(pv.value == .money(Money(100)))
  }

  @Test func annuityRepaysThePrincipal() throws {
    let out = try run(
      ValueAnnuity.descriptor,
      ["principal": .money(Money(1000)), "rate": .percent(Decimal(string: "0.05")!), "duration": .int(10)])
    let payment = try #require(money(out.value))
    var balance: Decimal = 1000
    for _ in 1...10 { balance = balance * Decimal(string: "1.05")! - payment }
    #expect(abs(balance) < Decimal(string: "0.000001")!)
    let flat = try run(
      ValueAnnuity.descriptor, ["principal": .money(Money(500)), "rate": .percent(0), "duration": .int(250)])
    #expect(flat.value == .money(Money(2, perYear: true)))
  }

  @Test func shareOfTwoAmountsAndPercentOfAmount() throws {
    let a = try run(ValueShare.descriptor, ["part": .money(Money(50)), "whole": .money(Money(200))])
    #expect(a.value == .percent(Decimal(string: "0.25")!))
    #expect(steps(a)["times"] == .number(Decimal(string: "0.25")!))
    let b = try run(
      ValueShare.descriptor,
      ["part": .percent(Decimal(string: "0.5")!), "whole": .money(Money(2_000_000_000, perYear: true))])
    #expect(b.value == .money(Money(1_000_000_000, perYear: true)))
    #expect(throws: Diagnostic.self) {
      try run(ValueShare.descriptor, ["part": .money(Money(1)), "whole": .money(Money(2, "EUR"))])
    }
  }

  @Test func shareAddsAColumnToAFlowingTable() throws {
    let t = Table(
      columns: ["id", "value"], rows: [[.string("a1"), .money(Money(50))], [.string("a2"), .string("x")]])
    let out = try ValueShare.descriptor.run(
      Invocation(command: "value share", arguments: ["whole": .money(Money(100))], input: .table(t)), Context())
    let table = try #require(out.value.tableValue)
    #expect(table.value(0, "share") == .percent(Decimal(string: "0.5")!))
    #expect(table.value(1, "share") == .null)
  }

  @Test func cagrOverOneYearIsExact() throws {
    let out = try run(
      ValueCAGR.descriptor, ["from": .money(Money(100)), "target": .money(Money(121)), "duration": .int(2)])
    #expect(out.value == .percent(Decimal(string: "0.1")!))
    let one = try run(
      ValueCAGR.descriptor, ["from": .money(Money(411)), "target": .money(Money(524)), "duration": .int(1)])
    #expect(one.value == .percent(Decimal(524) / 411 - 1))
  }

  @Test func convertUsesTheRateAndSaysWhenMissing() throws {
    var s = Settings(specs: ShellModules.settings)
    try s.set("fx.EUR", "1.25")
    let out = try run(
      ValueConvert.descriptor, ["amount": .money(Money(500)), "currency": .string("eur")],
      context: Context(settings: s))
    #expect(out.value == .money(Money(400, "EUR")))
    do {
      _ = try run(ValueConvert.descriptor, ["amount": .money(Money(500)), "currency": .string("GBP")])
      Issue.record("expected an error")
    } catch {
      #expect(error.id == "value.convert.noRate")
      #expect(error.hint?.contains(":set fx.GBP") == true)
    }
  }

  @Test func generationsDivideExactly() throws {
    let out = try run(ValueGenerations.descriptor, ["years": .duration(Duration(years: 250))])
    #expect(out.value == .number(10))
  }

  @Test func functionsMatchCommands() throws {
    let fn = try #require(ValuationModule.functions.first { $0.name == "payback" })
    let call = FunctionCall(span: SourceSpan(0, 1), argumentSpans: [], context: Context())
    let v = try fn.run([.money(Money(500)), .money(Money(1, perYear: true))], call)
    #expect(v == .duration(Duration(years: 500)))
    #expect(
      Set(ValuationModule.functions.map(\.name)) == [
        "pv", "fv", "npv", "annuity", "payback", "cagr", "generations", "convert",
      ])
  }

  @Test func commandsRegisterWithoutClashes() throws {
    var r = CommandRegistry()
    try r.register(ValuationModule.commands)
    try r.register(functions: ValuationModule.functions)
    #expect(r.resolve(["value", "payback", "500bn"])?.1 == 2)
    for c in ValuationModule.commands {
      #expect((10...100).contains(c.summary.count) && !c.summary.contains("\n") && !c.summary.hasSuffix("."), "\(c.name): \(c.summary)")
      #expect(c.discussion.count > 80 && c.examples.count >= 1, "\(c.name) is documented")
    }
  }
}
