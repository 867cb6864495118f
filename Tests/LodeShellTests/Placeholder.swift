import Testing

@Test func lodeShellBuilds() {
  #expect(Bool(true))
}
