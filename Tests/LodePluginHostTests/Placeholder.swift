import Testing

@Test func lodePluginHostBuilds() {
  #expect(Bool(true))
}
