import Foundation
import LodeCore
import Testing

/// `Value.order` must be a total preorder over every mix of kinds a column can hold, or
/// sorting a mixed column (an `amounts` value: counts, money and percents) depends on the
/// order values arrive in.
@Suite struct ValueOrderTests {
  static let values: [Value] = [
    .null, .bool(false), .bool(true), .number(20), .number(0.5), .number(-3), .percent(0.5), .percent(0.25),
    .money(Money(1)), .money(Money(350_000_000_000)), .money(Money(5, "EUR")), .string("a"), .string("B"),
    .date(DateValue(year: 2025, month: 2)), .list([.number(1)]),
  ]

  @Test func orderIsTransitiveAndAntisymmetric() {
    for a in Self.values {
      for b in Self.values {
        #expect(Value.order(a, b) == -Value.order(b, a), "\(a) vs \(b)")
        for c in Self.values where Value.order(a, b) <= 0 && Value.order(b, c) <= 0 {
          #expect(Value.order(a, c) <= 0, "\(a) ≤ \(b) ≤ \(c) but not \(a) ≤ \(c)")
        }
      }
    }
  }

  @Test func numbersAndPercentsCompareByValueAndRankTogether() {
    #expect(Value.order(.percent(0.5), .number(20)) < 0)
    #expect(Value.order(.number(20), .money(Money(1))) < 0)
    #expect(Value.order(.percent(0.5), .money(Money(1))) < 0)
    #expect(Value.order(.percent(0.5), .number(0.5)) == 0)
  }
}
