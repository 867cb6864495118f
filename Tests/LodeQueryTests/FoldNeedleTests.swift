import Testing

@testable import LodeQuery

/// `~` against text that is not ASCII goes through folded keys; a NUL in the needle must
/// neither trap (Foundation's `contains` does, on "-₴2" and "2\0") nor end the needle early.
@Test func containmentWithNULInTheNeedle() {
  #expect(!FoldNeedle("2\u{0}").isContained(in: "-₴2"))
  #expect(FoldNeedle("2\u{0}").isContained(in: "-₴2\u{0}x"))
  #expect(!FoldNeedle("zel\u{0}").isContained(in: "Зеленський zel"))
  #expect(FoldNeedle("ЗЕЛ").isContained(in: "Зеленський"))
  #expect(FoldNeedle("zelensky").isContained(in: "Volodymyr Zelenský"))
}
