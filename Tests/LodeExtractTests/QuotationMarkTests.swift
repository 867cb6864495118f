import LodeExtract
import LodeModel
import Testing

/// Quotation marks found missing on real news: single curly marks, and marks nested in others.
@Suite struct QuotationMarkTests {
  static let gazetteer = Gazetteer(ReferenceData.bundled)

  func analyse(_ text: String) -> DocumentAnalysis { DocumentAnalysis(doc: "t", text: text, gazetteer: Self.gazetteer) }
  func quoted(_ text: String) -> [String] {
    let a = analyse(text)
    return a.quotes.map { a.text($0.start, $0.end) }
  }

  @Test func singleCurlyMarksQuoteButApostrophesDoNot() {
    #expect(
      quoted("Trump’s aides called it ‘a bad deal’ and the voters’ mood ‘grim.’ Don’t worry.") == [
        "a bad deal", "grim.",
      ])
    #expect(
      analyse("Trump’s aides called it ‘a bad deal’ and the voters’ mood ‘grim.’ Don’t worry.").sentences.count == 2)
    #expect(quoted("An opening ‘ that never closes, and Kyiv’s plan.").isEmpty)
  }

  @Test func singleMarksInsideDoubleQuotesStayInside() {
    #expect(
      quoted("She said, \"They call it ‘the deal,’ and we agree.\"") == ["They call it ‘the deal,’ and we agree."])
    #expect(quoted("She said, “They call it ‘the deal,’ and we agree.”") == ["They call it ‘the deal,’ and we agree."])
  }

  @Test func curlyMarksNestInsideAStraightQuote() {
    #expect(
      quoted("Roe said: \"It is not about “aid” any more.\" Then she left.") == ["It is not about “aid” any more."])
  }

  @Test func mixedMarksCloseEachOther() {
    // Wire copy mixes the kinds: a straight quotation closes at a curly closing mark, a curly
    // one at a lone straight mark, and a title in the other kind of mark still nests.
    #expect(
      quoted("\"Prices will rise,” Roe said. \"We are ready for it.\" Then she left.") == [
        "Prices will rise,", "We are ready for it.",
      ])
    #expect(
      quoted("“Prices will rise,\" Roe said. “We read the \"Green Paper\" twice.” Then she left.") == [
        "Prices will rise,", "We read the \"Green Paper\" twice.",
      ])
    #expect(
      quoted("Roe said: \"It is about “aid” and “trade,” she said.\" Then she left.") == [
        "It is about “aid” and “trade,” she said."
      ])
  }
}
