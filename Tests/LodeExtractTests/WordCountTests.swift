import LodeModel
import Testing

/// `Document.words` counts exactly what splitting the text at whitespace Characters counts.
@Suite struct WordCountTests {
  @Test(arguments: [
    "", "   ", "one", " one  two\tthree\nfour ", "a\r\nb", "Kyïv said “no” — twice",
    "non\u{00A0}breaking", "ideographic\u{3000}space", "space \u{301}mark", "a \u{301}b c",
    "x  \u{301}", "line\u{2028}separator", "zero\u{200B}width", "emoji 👍🏽 here",
  ])
  func countMatchesSplit(_ text: String) {
    let d = Document(id: "d", title: "", date: nil, dateSource: .unknown, path: "", text: text)
    #expect(d.words == text.split(whereSeparator: { $0.isWhitespace }).count)
  }
}
