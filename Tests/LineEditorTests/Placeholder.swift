import Testing

@Test func lineEditorBuilds() {
  #expect(Bool(true))
}
