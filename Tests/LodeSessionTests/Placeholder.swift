import Testing

@Test func lodeSessionBuilds() {
  #expect(Bool(true))
}
