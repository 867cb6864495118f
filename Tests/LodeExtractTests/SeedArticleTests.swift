import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// The bundled seed article: what issue 4 says must come out of it.
@Suite struct SeedArticleTests {
  let c = CorpusLoader.bundledSeeds()

  @Test func fiveDirectQuotesWithSpeakers() {
    let direct = c.quotes.filter { $0.kind == .direct }
    #expect(direct.count == 5)
    #expect(direct.filter { $0.speakerID == "zelensky" }.count == 4)
    #expect(direct.filter { $0.speakerID == "trump" }.count == 1)
    let byHe = direct.filter { $0.source?.lowercased() == "he" }
    #expect(byHe.count == 3)  // "he stated", "insisted" (same "he"), "He noted"
    #expect(byHe.allSatisfy { $0.method == .pronoun && $0.speakerID == "zelensky" })
    let trump = direct.first { $0.speakerID == "trump" }
    #expect(trump?.text.hasPrefix("I think we are pretty close") == true)
    #expect(trump?.cue == "noted")
    #expect(c.quote(containing: "I cannot sell Ukraine")?.speakerID == "zelensky")
  }

  @Test func quotesKeepProvenance() {
    let doc = c.documents[0]
    for q in c.quotes {
      #expect(doc.text.slice(q.provenance.span) == q.text)
      if let span = q.sourceSpan, let source = q.source { #expect(doc.text.slice(span) == source) }
      // The explanation names the words the rule took as the source.
      #expect(q.source.map(q.explanation.contains) == true, "\(q.id): \(q.explanation)")
    }
  }

  @Test func moneyFractionAndCounts() {
    let m500 = c.amounts.first { $0.kind == .money && $0.value == d("500000000000") }
    #expect(m500?.currency == "USD")
    #expect(m500?.qualifier == "approximately")
    #expect(m500?.refersTo == "Ukrainian resources")
    #expect(m500?.holder == "Donald Trump")
    let m350 = c.amounts.first { $0.kind == .money && $0.value == d("350000000000") }
    #expect(m350?.text == "$350 billion")
    let half = c.amounts.first { $0.kind == .fraction }
    #expect(half?.value == d("0.5"))
    #expect(half?.refersTo == "its mineral revenues")
    let counts = c.amounts.filter { $0.kind == .count }
    #expect(counts.contains { $0.value == 17 && $0.unit == "key elements" })
    #expect(counts.contains { $0.value == 20 && $0.qualifier == "over" && $0.unit == "raw materials" })
  }

  @Test func datedEventAndDocumentDate() {
    // "currently" twice: references to the present, which date no event.
    #expect(c.dates.map(\.value.iso) == ["2025-02-24", "PRESENT_REF", "PRESENT_REF"])
    #expect(c.documents[0].date?.iso == "2025-02-24")
    #expect(c.documents[0].dateSource == .inferred)
    let dated = c.events.filter { $0.date != nil }
    #expect(dated.count == 1)
    #expect(dated.first?.date?.iso == "2025-02-24")
    #expect(dated.first?.actors.contains("stefanchuk") == true)
    #expect(c.events.contains { $0.date == nil })
    #expect(c.events.map(\.order) == Array(1...c.events.count))
  }

  @Test func threeRegions() {
    #expect(c.regionCodes() == ["UA-12", "UA-35", "UA-18"])
  }

  @Test func idsAreSequential() {
    #expect(c.quotes.map(\.id) == (1...c.quotes.count).map { "q\($0)" })
    #expect(c.amounts.map(\.id) == (1...c.amounts.count).map { "a\($0)" })
  }
}
