import Foundation
import LodeExtract
import LodeModel
import Testing

/// One self-written sentence (or short passage) per phenomenon of English news attribution
/// that quote attribution must handle on text nobody has shown it (issue 13). Every name,
/// organisation and sentence here is invented.
@Suite struct AttributionPhenomenaTests {
  static let gazetteer = Gazetteer(ReferenceData.bundled)

  func analyse(_ text: String) -> DocumentAnalysis { DocumentAnalysis(doc: "t", text: text, gazetteer: Self.gazetteer) }
  func quotes(_ text: String) -> [Quote] { QuoteAttributor.attribute(analyse(text)).filter { $0.kind != .indirect } }
  func reported(_ text: String) -> [Quote] { QuoteAttributor.attribute(analyse(text)).filter { $0.kind == .indirect } }

  // MARK: names after the quotation

  @Test func honorificAndSurnameAfterTheQuote() {
    for title in ["Mr.", "Ms.", "Dr.", "Sen.", "Gov.", "Rep."] {
      let q = quotes("The talks ended late. \"We will not sign,\" \(title) Hale said.")
      #expect(q.map(\.speaker) == ["Hale"], "\(title)")
      #expect(q.first?.method == .title && q.first?.sourceKind == .person && q.first?.cue == "said", "\(title)")
    }
  }

  @Test func fullNamesWithMiddleInitialsAndSuffixes() {
    let q = quotes(
      "\"Rates will stay high,\" Janet L. Yellen said on Monday. \"The arc is long,\" said Martin Luther King Jr. in a speech."
    )
    #expect(q.map(\.speaker) == ["Janet L. Yellen", "Martin Luther King Jr"])
    #expect(q.map(\.source) == ["Janet L. Yellen", "Martin Luther King Jr"])
  }

  @Test func titlesBeforeNamesInAnyCase() {
    let q = quotes("\"The mine is safe,\" said senator Jane Roe. \"The mine is ready,\" PRESIDENT JOHN DOE said.")
    #expect(q.map(\.speaker) == ["Jane Roe", "JOHN DOE"])
    #expect(q.last?.source == "PRESIDENT JOHN DOE" && q.last?.sourceKind == .person)
  }

  // MARK: between the name and the cue

  @Test func appositiveBetweenNameAndCue() {
    let q = quotes("\"We expect a decision soon,\" Jane Roe, chief strategist at Acme Partners, said on Tuesday.")
    #expect(q.first?.speaker == "Jane Roe" && q.first?.cue == "said")
  }

  @Test func cuesAfterQuestionsAndExclamations() {
    let q = quotes("The vote was close. \"Is this the end?\" Jane Roe asked. \"Never again!\" shouted John Doe.")
    #expect(q.map(\.speaker) == ["Jane Roe", "John Doe"])
    #expect(q.map(\.cue) == ["asked", "shouted"])
  }

  @Test func cueFarFromTheQuoteWithinTheSentence() {
    let q = quotes(
      "\"The deal is done,\" Jane Roe, who has led the mining committee since 2019 and is expected to run again, told reporters on Tuesday."
    )
    #expect(q.first?.speaker == "Jane Roe" && q.first?.cue == "told")
    let final = quotes("\"Boots on the ground\" would be a mistake now, Jane Roe said.")
    #expect(final.first?.speaker == "Jane Roe" && final.first?.cue == "said")
  }

  // MARK: sources that are not persons

  @Test func organisationsOutletsDocumentsAndStatementsAreNeverPersons() {
    let q = quotes(
      "\"Output will fall,\" the report said. \"We welcome the plan,\" a joint statement read. \"The deal is flawed,\" the newspaper wrote. \"Exports resumed,\" the ministry said."
    )
    #expect(q.map(\.source) == ["the report", "a joint statement", "the newspaper", "the ministry"])
    #expect(q.map(\.sourceKind) == [.document, .document, .organisation, .organisation])
    #expect(q.allSatisfy { $0.speakerID == nil && $0.sourceSpan != nil })
    let described = quotes("Officials met on Monday. \"We are ready,\" a senior official said.")
    #expect(described.first?.sourceKind == .description && described.first?.speakerID == nil)
  }

  // MARK: transcripts and lead-ins

  @Test func transcriptAndInterviewLabels() {
    let label = quotes("The hearing went on. \"MR. O’NEILL: We will not sell the mine.\" The panel adjourned.")
    #expect(
      label.first?.speaker == "O’NEILL" && label.first?.source == "MR. O’NEILL" && label.first?.sourceKind == .person)
    let q = quotes("Q: \"Will the deal hold?\"")
    #expect(q.first?.source == "Q" && q.first?.speaker == nil && q.first?.sourceKind == .unknown)
    let lead = quotes("New figures were published on Monday. - Jane Roe: \"Exports will rise this year.\"")
    #expect(lead.first?.speaker == "Jane Roe" && lead.first?.cue == ":")
  }

  // MARK: across sentences and paragraphs

  @Test func quotationsContinuingOverParagraphs() {
    let q = quotes(
      "Jane Roe spoke first. \"We will not close the mine,\" Roe said. \"The workers\n\"will keep their jobs,\" she said."
    )
    #expect(q.map(\.text) == ["We will not close the mine", "The workers will keep their jobs"])
    #expect(q.last?.speakerID == "jane-roe" && q.last?.method == .pronoun)
  }

  @Test func carryOverStopsWhenTheTextIntroducesAnother() {
    let q = quotes(
      "\"We will sell,\" Jane Roe said.\n\"The price is right.\"\nJohn Doe disagreed with the plan.\n\"It is a mistake.\""
    )
    #expect(q.map(\.speaker) == ["Jane Roe", "Jane Roe", "John Doe"])
    #expect(q.map(\.method) == [.named, .adjacent, .adjacent])
  }

  @Test func pronounGenderAndNumberAgreement() {
    let q = quotes(
      "Ms. Jane Roe met Mr. John Doe in Kyiv. \"The talks went well,\" she said. \"We agree,\" he said. \"We will meet again,\" they said."
    )
    #expect(q.map(\.speakerID) == ["jane-roe", "john-doe", nil])
    // "they" names no one person: kept as written, unresolved.
    #expect(q.last?.source == "they" && q.last?.method == .unresolved && q.last?.sourceKind == .unknown)
  }

  // MARK: what is not a quotation

  @Test func titlesAndScareQuotesAreNotQuotationsUnlessACueAttributesThem() {
    let q = quotes(
      "The so-called \"Northern Star\" plan was approved. He read the book \"Mines of Tomorrow\" twice. \"Never again,\" Jane Roe said."
    )
    #expect(q.map(\.text) == ["Never again"])
    let single = quotes("Roe: the mine is ‘open for business’ again. ‘We are ready,’ Roe said.")
    #expect(single.map(\.text) == ["We are ready"])
  }

  @Test func aNameSomeoneCallsAThingIsQuotedButAGivenTitleIsNot() {
    let q = quotes(
      "Jane Roe warned against what she called the \"Iron Wall\" on Monday. Critics have dubbed Roe \"Madam Copper\" since. "
        + "The ministry sent a memo titled \"Mines of Tomorrow\" to the committee.")
    #expect(q.map(\.text) == ["Iron Wall", "Madam Copper"])
    #expect(q.map(\.kind) == [.partial, .partial])
    let chant = quotes("The rally ended with chants of \"Open The Mines\" and the miners’ slogan, \"Deep Seams Forever.\"")
    #expect(chant.map(\.text) == ["Open The Mines", "Deep Seams Forever."])
  }

  @Test func aHeadlineCreditedToItsWriterIsATitle() {
    let q = quotes(
      "MINES—\"Lithium mine to reopen in the spring,\" by the Kyiv Courier's Jane Roe: \"The mine will reopen in April, the owners said.\" "
        + "\"We will hire again,\" said John Doe.")
    #expect(q.map(\.text) == ["The mine will reopen in April, the owners said.", "We will hire again"])
  }

  @Test func anExcerptFollowedByItsLinkIsNoQuotation() {
    let digest = "SHAFTS—\"Copper mine to close in May,\" by the Lviv Herald's John Doe: "
      + "\"The mine will close after forty years of work.\" "
    let q = quotes(
      digest + "http://example.com/c7\n\n\"We will find new jobs,\" said Jane Roe.\n\nSMELTERS—\"Exports fell by half\" www.example.org/x")
    #expect(q.map(\.text) == ["We will find new jobs"])
    #expect(q.map(\.speaker) == ["Jane Roe"])
    // Without its link the same excerpt stays a quotation.
    #expect(quotes(digest).map(\.text) == ["The mine will close after forty years of work."])
  }

  @Test func markupIsNeverAQuote() {
    let q = quotes(
      "Jane Roe posted <blockquote class=\"twitter-tweet\" data-id=\"12345\">The mine will reopen</blockquote> on Monday."
    )
    #expect(q.isEmpty)
  }

  @Test func aQuotationHoldingAQuotedTitleDoesNotEndAtTheInnerMark() {
    let q = quotes("“Exports could double if the \"Northern Star\" mine reopens,” Jane Roe said.")
    #expect(q.map(\.text) == ["Exports could double if the \"Northern Star\" mine reopens"])
    #expect(q.first?.speaker == "Jane Roe")
  }

  @Test func guillemetsAndLowNineMarks() {
    let q = quotes(
      "«Le projet avance», said Jane Roe. „Wir sind bereit“, said John Doe. ‹Nous verrons›, said Jane Roe.")
    #expect(q.map(\.text) == ["Le projet avance", "Wir sind bereit", "Nous verrons"])
    #expect(q.map(\.speaker) == ["Jane Roe", "John Doe", "Jane Roe"])
  }

  // MARK: reported speech

  @Test func reportedSpeechCoversOnlyWhatWasSaid() {
    let r = reported(
      "Jane Roe disputed the claims but remains concerned about the mines. John Doe visited the mine on Monday.")
    #expect(r.map(\.text) == ["the claims"])
    #expect(r.first?.speaker == "Jane Roe" && r.first?.cue == "disputed")
  }
}
