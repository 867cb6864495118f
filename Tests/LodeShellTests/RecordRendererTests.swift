import LodeCore
import Testing

@testable import LodeShell

@Suite struct RecordRendererTests {
  @Test func fieldsInAColumnAndLongValuesWrapUnderTheirValue() {
    let r = Record([
      "id": .string("q1"),
      "text": .string("We are ready to sign the minerals deal with the United States"),
    ])
    #expect(
      RecordRenderer(width: 30).render(r) == """
        id    q1
        text  We are ready to sign the
              minerals deal with the
              United States

        """)
  }

  @Test func wrappingCutsWordsLongerThanTheWidth() {
    #expect(RecordRenderer.wrap("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
    #expect(RecordRenderer.wrap("漢字漢字", width: 4) == ["漢字", "漢字"])
  }
}
