import Testing

@Test func lodeQueryBuilds() {
  #expect(Bool(true))
}
