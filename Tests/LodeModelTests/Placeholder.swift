import Testing

@Test func lodeModelBuilds() {
  #expect(Bool(true))
}
