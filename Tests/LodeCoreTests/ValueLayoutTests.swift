import Foundation
import LodeCore
import Testing

/// The size of `Value`, which every table cell pays: boxing the rare wide payloads
/// (money, dates) keeps it at 24 bytes; a new wide case would show here.
@Suite struct ValueLayoutTests {
  @Test func aValueIsTwentyFourBytes() {
    #expect(MemoryLayout<Value>.stride <= 24)
    #expect(Value.money(Money(5, "EUR")) == .money(Money(5, "EUR")))
    #expect(Value.date(DateValue(year: 2025, month: 2)) != .date(DateValue(year: 2025)))
  }
}
