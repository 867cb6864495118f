import LodeCore
import Testing

/// The one continuation rule of the interactive loop and of replay.
@Suite struct ContinuationTests {
  @Test(arguments: [
    "range 3 |", "range 3 | where n in [1, ", "x = \"open", "round(1", "said Ukraine's minister",
    "quotes | where speaker ~ \"zel", "quotes |   ", "  quotes |\n",
  ])
  func anOpenStatementGoesOn(text: String) {
    #expect(Continuation.needsMoreInput(text))
  }

  @Test(arguments: [
    "range 3 | count", "x = \"a|b\" and y = 'c(d'", "quotes | where text ~ \"a|\"", "",
    // A meta-command line is whole: a quote in a file name opens nothing.
    ":load it's.txt", "  :load \"my (notes", ":set format |", ":",
  ])
  func aWholeStatementEnds(text: String) {
    #expect(!Continuation.needsMoreInput(text))
  }
}
