import LodeCore
import Testing

/// `Fold.contains`, behind `~` and name lookups: case and diacritics ignored, every byte of
/// the needle counts (a NUL included).
@Suite struct FoldTests {
  @Test func containsIgnoresCaseAndDiacritics() {
    #expect(Fold.contains("President Zelenskyy said", "ZELENSKYY"))
    #expect(Fold.contains("Kyïv region", "kyiv"))
    #expect(Fold.contains("anything", ""))
    #expect(!Fold.contains("Kyiv", "Lviv"))
    #expect(!Fold.contains("ab", "abc"))
  }

  @Test func aNulInTheNeedleIsPartOfIt() {
    #expect(!Fold.contains("eabzel", "zel\u{0}"))
    #expect(Fold.contains("eabzel\u{0}x", "zel\u{0}"))
    #expect(Fold.contains("é\u{0}x", "é"))
  }
}
