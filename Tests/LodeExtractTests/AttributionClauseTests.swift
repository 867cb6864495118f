import Foundation
import LodeExtract
import LodeModel
import Testing

/// Attribution by the clause around the cue (issue 13, second round): a credit clause closing
/// the sentence, the outer clause a cue is reported in, an issued document, a reporter of the
/// whole clause, and the sentence's own subject when no cue is in reach. Sentences written for
/// these tests.
@Suite struct AttributionClauseTests {
  static let gazetteer = Gazetteer(ReferenceData.bundled)

  func quotes(_ text: String) -> [Quote] {
    QuoteAttributor.attribute(DocumentAnalysis(doc: "t", text: text, gazetteer: Self.gazetteer)).filter {
      $0.kind != .indirect
    }
  }

  // MARK: a credit clause closing the sentence

  @Test func creditClauseWithAnAppositiveClosesTheSentence() {
    let q = quotes(
      "The mines will need “a decade of investment” before output recovers in the east, said Ivan Petrenko, an analyst at a bank in Lviv."
    )
    #expect(q.count == 1)
    #expect(q.first?.speakerID == "ivan-petrenko" && q.first?.cue == "said")
  }

  @Test func creditClauseScopesEveryQuotationBeforeIt() {
    let q = quotes("The deal was “a good start” that brought “real money” to the region, Senator Jane Roe said.")
    #expect(q.map(\.speakerID) == ["jane-roe", "jane-roe"])
    #expect(q.first?.cue == "said")
  }

  @Test func creditClauseAfterAQuotationEndingWithAComma() {
    let q = quotes("The plan was a “modest step” that yielded “honest figures,” Senator Jane Roe remarked.")
    #expect(q.first?.speakerID == "jane-roe" && q.first?.cue == "remarked")
  }

  @Test func reportedClauseOrParticipleIsNoCreditClause() {
    // `, he said that …` reports a clause; `, saying …` is a participle: neither credits "a good start".
    let reported = quotes("The deal was “a good start” for miners, Ivan Petrenko said that the ministry agreed.")
    #expect(reported.first?.cue != "said")
    let participle = quotes("The deal was “a good start” for miners, saying Ivan Petrenko agreed.")
    #expect(participle.first?.cue != "saying")
  }

  // MARK: the clause a cue is reported in

  @Test func pronounOfTheOuterSpeakerGivesTheOuterMention() {
    let q = quotes("Senator Jane Roe said on Monday that she called the law “a betrayal of the miners.”")
    #expect(q.first?.speakerID == "jane-roe")
    #expect(q.first?.source == "Senator Jane Roe" || q.first?.source == "Jane Roe")
    #expect(q.first?.cue == "said")
  }

  @Test func coordinatedPronounKeepsItsOwnClause() {
    let q = quotes("Senator Jane Roe met the miners, and she called the law “a betrayal of the miners.”")
    #expect(q.first?.speakerID == "jane-roe" && q.first?.source == "she" && q.first?.cue == "called")
  }

  @Test func issuedDocumentSpeaksForItsIssuer() {
    let q = quotes("Senator Jane Roe issued a statement saying the ministry was “hiding the contracts.”")
    #expect(q.first?.speakerID == "jane-roe" && q.first?.cue == "issued")
    let readOut = quotes("A joint statement said the ministry was “hiding the contracts.”")
    #expect(readOut.first?.source == "A joint statement" && readOut.first?.sourceKind == .document)
  }

  // MARK: a reporter of the whole clause

  @Test func accordingToAfterTheCueReportsTheClause() {
    let q = quotes("“The contracts are secret,” Ivan Petrenko said, according to a transcript of the hearing.")
    #expect(q.first?.method == .according && q.first?.cue == "according to")
    #expect(q.first?.source?.hasPrefix("a transcript") == true)
  }

  @Test func outletReportingTheClauseIsTheSource() {
    let q = quotes("“The contracts are secret,” Ivan Petrenko told lawmakers, the Kyiv Courier reported.")
    #expect(q.first?.cue == "reported" && q.first?.source == "the Kyiv Courier")
    let plain = quotes("“The contracts are secret,” Ivan Petrenko told lawmakers.")
    #expect(plain.first?.speakerID == "ivan-petrenko" && plain.first?.cue == "told")
  }

  // MARK: no cue in reach

  @Test func quotationWithoutACueTakesItsSentencesSubject() {
    let q = quotes("Senator Jane Roe turned to the miners in the hall — “We will not close a single mine.”")
    #expect(q.first?.speakerID == "jane-roe" && q.first?.cue == nil)
    #expect(q.first?.confidence == Confidence.description.decimal)
    #expect(q.first?.explanation.hasPrefix("no cue attributes the quotation; ") == true)
  }

  // MARK: mixed marks and clause openers

  @Test func speechTagInsideMixedMarksCreditsTheQuotation() {
    // Marks placed as wire copy places them pair into two quotations (QuoteFinder); the
    // second is carried over from the first.
    let q = quotes(
      "Senator Jane Roe met the miners. “We will keep every shaft open,\" Ivan Petrenko said. \"Nobody will lose a job.”"
    )
    #expect(q.map(\.text) == ["We will keep every shaft open", "Nobody will lose a job."])
    #expect(q.map(\.speakerID) == ["ivan-petrenko", "ivan-petrenko"] && q.first?.cue == "said")
    // A straight mark whose place says neither opening nor closing (no space after it) pairs
    // the outer curly marks, and the tag inside credits the whole quotation.
    let typo = quotes(
      "Senator Jane Roe met the miners. “We will keep every shaft open,\"Ivan Petrenko said. \"Nobody will lose a job.”"
    )
    #expect(typo.count == 1)
    #expect(typo.first?.speakerID == "ivan-petrenko" && typo.first?.cue == "said")
  }

  @Test func subordinatorOpeningTheSentenceIsNoSpeaker() {
    let q = quotes(
      "Senator Jane Roe visited the pits. Although she says she “loves the mines,” and “the miners love me,” she also warned of delays."
    )
    #expect(q.count == 2)
    #expect(q.last?.source != "Although" && q.last?.speakerID == "jane-roe")
  }

  @Test func cueInsideARelativeClauseHasTheRelativePronounAsSource() {
    let q = quotes("The plan was attacked by Senator Jane Roe, who called it “a gift to the smelters.”")
    #expect(q.first?.speakerID == "jane-roe" && q.first?.source == "who" && q.first?.cue == "called")
    // "who" that does not follow the subject is no source: "He praised those who left but said, …".
    let object = quotes("Senator Jane Roe praised those who left but said, “We are in a different game now.”")
    #expect(object.first?.speakerID == "jane-roe" && object.first?.source != "who")
  }

  @Test func possessorAfterAParticipleIsNotTheOwner() {
    let object = quotes("Senator Jane Roe, for her part, is labeling Ivan Petrenko’s plan “a gift to the smelters.”")
    #expect(object.first?.speakerID == "jane-roe")
    let owner = quotes("The miners were angry. Senator Jane Roe’s “gift to the smelters” remark came a day later.")
    #expect(owner.first?.speakerID == "jane-roe" && owner.first?.cue == nil)
  }
}
