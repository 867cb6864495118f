import Testing

@testable import LodeShell

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("quotes", 6), ("Дніпропетровська", 16), ("Київ", 4), ("漢字", 4), ("ｆｕｌｌ", 8),
    ("한국어", 6), ("🙂", 2), ("🇺🇦", 2), ("👨‍👩‍👧", 2), ("☺️", 2), ("e\u{301}", 1),
    ("a\u{200B}b", 2), ("tab\there", 7), ("", 0),
  ])
  func columns(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test func truncationNeverSplitsAWideCharacterAndEndsInAnEllipsis() {
    #expect(DisplayWidth.truncate("漢字漢字", to: 5) == "漢字…")
    #expect(DisplayWidth.truncate("漢字漢字", to: 4) == "漢…")
    #expect(DisplayWidth.truncate("Zelensky", to: 8) == "Zelensky")
    #expect(DisplayWidth.truncate("Zelensky", to: 5) == "Zele…")
    #expect(DisplayWidth.of(DisplayWidth.truncate("🇺🇦🇺🇦🇺🇦", to: 4)) <= 4)
  }

  @Test func paddingCountsColumnsNotCharacters() {
    #expect(DisplayWidth.pad("漢", to: 4) == "漢  ")
    #expect(DisplayWidth.pad("42", to: 4, right: true) == "  42")
  }
}
