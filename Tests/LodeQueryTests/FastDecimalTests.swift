import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeQuery

@Test func fastPathIsEnabledOnThisPlatform() {
  #expect(FastDecimal.enabled)
}

@Test func fastCompareAgreesWithFoundation() {
  var rng = SplitMix64(seed: 99)
  var values: [Decimal] = [
    0, 1, -1, Decimal(string: "9223372036854775807") ?? 0, Decimal(string: "1e30") ?? 0, Decimal(string: "-1e-30") ?? 0,
  ]
  for _ in 0..<2_000 {
    let m = Decimal(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &rng))
    let e = Int.random(in: -8...8, using: &rng)
    values.append(Decimal(sign: m < 0 ? .minus : .plus, exponent: e, significand: m.magnitude))
  }
  values.append(Decimal(1) / Decimal(3))
  for i in 0..<values.count {
    let a = values[i]
    let b = values[(i * 7 + 3) % values.count]
    let expected = a == b ? 0 : (a < b ? -1 : 1)
    #expect(FastDecimal.compare(a, b) == expected, "\(a) vs \(b)")
  }
}

@Test func decimalSumIsExact() {
  var rng = SplitMix64(seed: 5)
  var fast = DecimalSum()
  var slow = Decimal(0)
  for i in 0..<5_000 {
    var d = Decimal(Int.random(in: -1_000_000...1_000_000, using: &rng)) / Decimal([1, 10, 100, 1000][i % 4])
    if i % 997 == 0 { d = Decimal(string: "92233720368547758070") ?? 0 }
    if i % 1_001 == 0 { d = Decimal(1) / Decimal(7) }
    fast.add(d)
    slow += d
  }
  #expect(fast.value == slow)
}

@Test func sortRanksMatchValueOrder() {
  let values: [Value] = [.string("b"), .null, .string("A"), .string("a"), .money(Money(5)), .int(3), .string("B")]
  let t = Table(columns: ["v"], rows: values.map { [$0] })
  let order = SortCommand.sortedIndexes(t, columns: [0], descending: [false]).map { values[$0] }
  let expected = values.enumerated().sorted { x, y in
    let c = Value.order(x.element, y.element)
    return c != 0 ? c < 0 : x.offset < y.offset
  }.map(\.element)
  #expect(order == expected)
}

@Test func sortFallsBackWhenKeysDoNotPack() {
  let big = Decimal(string: "9000000000000000000") ?? 0
  let values: [Value] = [.number(big), .number(-big), .int(0), .number(big), .int(-1)]
  let t = Table(columns: ["v", "i"], rows: values.enumerated().map { [$0.element, .int($0.offset)] })
  let order = SortCommand.sortedIndexes(t, columns: [0], descending: [true])
  #expect(order == [0, 3, 2, 4, 1])
}
