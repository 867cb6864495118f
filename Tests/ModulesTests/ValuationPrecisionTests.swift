import Foundation
import LodeCore
import Testing

@testable import ValuationModule

/// Issue 19: fractional years keep every digit until the final rounding, and units are
/// checked, never relabelled. Expected values were computed once with Python's `decimal`
/// module at 50 significant digits (exp(y · ln x)), independently of lode's series.
@Suite struct ValuationPrecisionTests {
  private func run(
    _ d: CommandDescriptor, _ args: [String: Value], flags: [String: Value] = [:]
  ) throws(Diagnostic) -> CommandOutput {
    try d.run(Invocation(command: d.name, arguments: args, flags: flags), Context())
  }

  private func amount(_ out: CommandOutput) -> Decimal? {
    if case .money(let m) = out.value { m.amount } else { nil }
  }

  private func dec(_ s: String) -> Decimal { Decimal(string: s) ?? .nan }

  private func failure(_ body: () throws(Diagnostic) -> CommandOutput) -> Diagnostic? {
    do throws(Diagnostic) {
      _ = try body()
      return nil
    } catch { return error }
  }

  @Test func futureValueOverHalfAYearKeepsTheCents() throws {
    // 174e9 × 1.04^0.5 = 177445879073.02891208498219899399281323681922892426
    let out = try run(
      ValueFuture.descriptor,
      [
        "amount": .money(Money(174_000_000_000)), "rate": .percent(dec("0.04")),
        "duration": .duration(Duration(years: dec("0.5"))),
      ])
    let v = try #require(amount(out))
    #expect(DecimalMath.round(v, 2) == dec("177445879073.03"))
    #expect(abs(v - dec("177445879073.028912084982198993992813")) < dec("0.000000001"))
  }

  @Test func presentValueOverTwoAndAHalfYearsKeepsTheCents() throws {
    // 500e12 / 1.07^2.5 = 422192544783677.00030687083811045805609688894083603
    let out = try run(
      ValuePresent.descriptor,
      [
        "amount": .money(Money(500_000_000_000_000)), "rate": .percent(dec("0.07")),
        "duration": .duration(Duration(years: dec("2.5"))),
      ])
    let v = try #require(amount(out))
    #expect(DecimalMath.round(v, 2) == dec("422192544783677.00"))
    #expect(abs(v - dec("422192544783677.000306870838110458056")) < dec("0.000001"))
  }

  @Test func cagrOverAFractionalNumberOfYears() throws {
    // (150/100)^(1/2.5) − 1 = 0.17607902252467357258497781394178525671402667
    let out = try run(
      ValueCAGR.descriptor,
      ["from": .number(100), "target": .number(150), "duration": .duration(Duration(years: dec("2.5")))])
    guard case .percent(let p) = out.value else {
      Issue.record("expected a percent, got \(out.value)")
      return
    }
    #expect(DecimalMath.round(p, 25) == dec("0.1760790225246735725849778"))
  }

  @Test func fractionalYearlyPaymentsAreRefused() {
    let flow = Value.money(Money(10_000_000_000, perYear: true))
    let years = Value.duration(Duration(years: dec("2.5")))
    let pv = failure { () throws(Diagnostic) in
      try run(ValuePresent.descriptor, ["amount": flow, "rate": .percent(dec("0.07")), "duration": years])
    }
    #expect(pv?.id == "value.fractionalPayments")
    #expect(pv?.hint == "give whole years (2y or 3y), or value a single sum without /yr")
    let npv = failure { () throws(Diagnostic) in
      try run(ValueNPV.descriptor, ["rate": .percent(dec("0.07")), "flow": flow, "duration": years])
    }
    #expect(npv?.id == "value.fractionalPayments")
    let annuity = failure { () throws(Diagnostic) in
      try run(
        ValueAnnuity.descriptor, ["principal": .money(Money(500)), "rate": .percent(dec("0.03")), "duration": years])
    }
    #expect(annuity?.id == "value.fractionalPayments")
  }

  @Test func paybackReachedOnlyInTheLimitSaysSo() throws {
    // $1bn a year at 5% is worth exactly $20bn today: the principal, never reached.
    let out = try run(
      ValuePayback.descriptor,
      ["principal": .money(Money(20_000_000_000)), "yearly": .money(Money(1_000_000_000, perYear: true))],
      flags: ["discount": .percent(dec("0.05"))])
    #expect(out.value == .null)
    #expect(
      out.notes == [
        "never repaid: all the payments together are worth exactly $20bn today, the principal, "
          + "reached only in the limit: no finite number of years repays it"
      ])
  }

  @Test func cagrOfPlainNumbersStaysANumber() throws {
    let out = try run(
      ValueCAGR.descriptor, ["from": .number(100), "target": .number(100), "duration": .duration(Duration(years: 5))])
    #expect(out.value == .percent(0))
    guard case .table(let t)? = out.display else {
      Issue.record("no steps table")
      return
    }
    #expect(t.rows[0] == [.string("from"), .string(""), .number(100)])
    #expect(t.rows[1] == [.string("to"), .string(""), .number(100)])
  }

  @Test func unitsAreCheckedNotRelabelled() {
    let share = failure { () throws(Diagnostic) in
      try run(ValueShare.descriptor, ["part": .number(10), "whole": .money(Money(174_000_000_000))])
    }
    #expect(share?.id == "value.units")
    let npv = failure { () throws(Diagnostic) in
      try run(
        ValueNPV.descriptor,
        [
          "rate": .percent(dec("0.08")), "flow": .money(Money(10_000_000_000)),
          "duration": .duration(Duration(years: 30)),
        ])
    }
    #expect(npv?.id == "value.units")
    #expect(npv?.message == "the flow is a single sum ($10bn), not a yearly flow")
    let payback = failure { () throws(Diagnostic) in
      try run(ValuePayback.descriptor, ["principal": .money(Money(500)), "yearly": .money(Money(1))])
    }
    #expect(payback?.id == "value.units")
    let plain = failure { () throws(Diagnostic) in
      try run(
        ValueFuture.descriptor,
        ["amount": .number(100), "rate": .percent(dec("0.04")), "duration": .duration(Duration(years: 1))])
    }
    #expect(plain?.id == "value.units")
    let mixed = failure { () throws(Diagnostic) in
      try run(
        ValueCAGR.descriptor,
        ["from": .number(100), "target": .money(Money(120)), "duration": .duration(Duration(years: 2))])
    }
    #expect(mixed?.id == "value.units")
  }
}
