import Foundation
import LodeCore
import Testing

/// Whole numbers print from their mantissa (`Value.plain`'s fast path), digit for digit what
/// rounding to 12 places and `Decimal.description` print.
@Suite struct WholeNumberFormatTests {
  @Test func wholeNumbersPrintAsFoundationPrintsThem() throws {
    var values: [Decimal] = [0, 1, -1, 9, 10, 359_973, -42, Decimal(Int64.max), Decimal(-Int64.max), Decimal(65536)]
    values += [Decimal(string: "500e9"), Decimal(string: "-7e18"), Decimal(string: "1e19"), Decimal(string: "12.5")]
      .compactMap { $0 }
    for d in values {
      let r = CheckedDecimal.round(d, 12)
      let expected = r.description == "-0" ? "0" : r.description
      #expect(Value.number(d).formatted() == expected, "\(d)")
    }
    #expect(Value.int(359_973).formatted() == "359973")
    #expect(Value.number(try #require(Decimal(string: "500e9"))).formatted() == "500000000000")
  }
}
