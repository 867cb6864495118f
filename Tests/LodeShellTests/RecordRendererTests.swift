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

  @Test func aListsItemsGoOnePerLineEachWrapped() {
    let r = Record([
      "aliases": .list([.string("Zaporizhzhia"), .string("Zaporozhye")]),
      "deposits": .list([.string("Novopoltavske (rare-earth elements, yttrium)"), .string("Kruta Balka")]),
      "empty": .list([]),
    ])
    #expect(
      RecordRenderer(width: 30).render(r) == """
        aliases   Zaporizhzhia
                  Zaporozhye
        deposits  Novopoltavske
                  (rare-earth
                  elements, yttrium)
                  Kruta Balka
        empty     []

        """)
  }

  /// A card leaves out null fields and says `none` for an empty list; the record flows on whole.
  @Test func aCardShowsTheFieldsThatHaveSomething() {
    let r = Record(["id": .string("q1"), "cue": .null, "mentions": .list([])])
    let out = CommandOutput.card(r)
    #expect(out.value == .record(r))
    #expect(out.display == .record(Record(["id": .string("q1"), "mentions": .string("none")])))
  }
}
