import Foundation
import LodeCore
import Testing

/// `CheckedDecimal` answers or reports at the edges where Foundation's `Decimal` traps
/// (issue 18, defect 1): a product below 10^-128, a power, text like `1e-129` or `1e300`.
private func d(_ s: String) -> Decimal { Decimal(string: s) ?? .nan }

@Suite struct CheckedDecimalTests {
  let tiny = d("0.0000000000000000000000000001")  // 1e-28

  @Test func productBelowTheSmallestStepIsAnUnderflow() throws {
    var x = tiny
    for _ in 0..<3 { x = try CheckedDecimal.multiply(x, tiny) }
    #expect(x.description == "0." + String(repeating: "0", count: 111) + "1")
    #expect(throws: DecimalRangeError.underflow) { try CheckedDecimal.multiply(x, tiny) }
    #expect(throws: DecimalRangeError.underflow) { try CheckedDecimal.multiply(-x, x) }
  }

  @Test func productNeedingFewerDigitsIsRoundedAtTheLastStep() throws {
    let third = Decimal(1) / 3  // 38 digits, exponent -38
    let r = try CheckedDecimal.multiply(
      third, try CheckedDecimal.multiply(tiny, Decimal(sign: .plus, exponent: -64, significand: 1)))
    #expect(r.exponent == -128)
    #expect(r.significand.description == "333333333333333333333333333333333333")
    #expect(try CheckedDecimal.multiply(-third, Decimal(sign: .plus, exponent: -92, significand: 1)) < 0)
  }

  @Test func quotientOfTinyValuesIsExactWhereFoundationAnswersNaN() throws {
    let x = Decimal(sign: .plus, exponent: -100, significand: 1)
    #expect((x / 3).isNaN)  // Foundation's answer, the reason this type exists
    let q = try CheckedDecimal.divide(x, 3)
    #expect(q.exponent == -128)
    #expect(q.significand.description == "3333333333333333333333333333")
    #expect(throws: DecimalRangeError.underflow) { try CheckedDecimal.divide(x, d("1e100")) }
    #expect(throws: DecimalRangeError.overflow) { try CheckedDecimal.divide(d("1e100"), x) }
  }

  @Test func largeResultsAreOverflows() {
    #expect(throws: DecimalRangeError.overflow) { try CheckedDecimal.multiply(d("1e100"), d("1e100")) }
    #expect(throws: DecimalRangeError.overflow) { try CheckedDecimal.add(.nan, 1) }
    #expect(throws: DecimalRangeError.overflow) { try CheckedDecimal.power(10, 200) }
  }

  @Test func powersOfSmallNumbersUnderflow() throws {
    #expect(try CheckedDecimal.power(d("0.001"), 42) == Decimal(sign: .plus, exponent: -126, significand: 1))
    #expect(throws: DecimalRangeError.underflow) { try CheckedDecimal.power(d("0.001"), 50) }
    #expect(throws: DecimalRangeError.underflow) { try CheckedDecimal.power(d("1e100"), -2) }
    #expect(try CheckedDecimal.power(2, -2) == d("0.25"))
  }

  @Test(arguments: [
    ("1e-129", DecimalRangeError.underflow), ("1e-300", .underflow), ("1e300", .overflow),
    ("-1e200", .overflow), ("1e999999999999", .overflow), ("0.5e-128", .underflow),
  ])
  func textOutOfRangeIsAnErrorNotATrap(text: String, error: DecimalRangeError) {
    #expect(throws: error) { try CheckedDecimal.parse(text) }
  }

  @Test func textInRangeParsesExactly() throws {
    #expect(try CheckedDecimal.parse("1e-128") == Decimal(sign: .plus, exponent: -128, significand: 1))
    #expect(try CheckedDecimal.parse("-12.5") == d("-12.5"))
    #expect(try CheckedDecimal.parse("2.5E-3") == d("0.0025"))
    #expect(try CheckedDecimal.parse("0e-999") == 0)
    #expect(try CheckedDecimal.parse("1.5abc") == nil)
    #expect(try CheckedDecimal.parse("") == nil)
  }

  @Test func tinyValuesNeverPrintAsABareZero() throws {
    let x = try CheckedDecimal.multiply(tiny, try CheckedDecimal.multiply(tiny, tiny))
    #expect(Value.number(x).formatted() == "1e-84")
    #expect(Value.number(-x * 15).formatted() == "-1.5e-83")
    #expect(Value.number(Decimal(1) / 3 * d("1e-20")).formatted() == "3.33333333333e-21")
    #expect(Value.money(Money(x, "USD")).formatted() == "$1e-84")
    #expect(Value.percent(x).formatted() == "1e-82%")
    #expect(Value.duration(Duration(years: x)).formatted() == "1e-84y")
    #expect(Value.number(d("0.0000000000001")).plainText == "1e-13")
    #expect(Value.number(d("0.000000000001")).formatted() == "0.000000000001")
  }
}

@Suite struct CheckedDivisionTests {
  @Test func aTinyQuotientByALongDivisorIsNotZero() throws {
    let tiny = Decimal(sign: .plus, exponent: -112, significand: 1)
    let long = Decimal(1) + Decimal(2) / 3  // 1.666…, 38 digits
    let q = try CheckedDecimal.divide(tiny, long)
    #expect(q > 0)
    #expect(Value.number(q).formatted() == "6e-113")
  }
}
