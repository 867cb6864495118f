import Testing

@Test func lodeExtractBuilds() {
  #expect(Bool(true))
}
