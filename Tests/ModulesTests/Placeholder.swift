import Testing

@Test func modulesBuilds() {
  #expect(Bool(true))
}
