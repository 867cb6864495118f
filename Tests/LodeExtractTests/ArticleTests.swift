import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// Hand-checked expectations for the wire-style articles under Articles/.
@Suite struct ArticleTests {
  @Test func euLithium() throws {
    let c = Fixture.load("eu_lithium.txt")
    let q1 = try #require(c.quote(containing: "investment in Europe"))
    #expect(q1.speaker == "Maria Kowalski")  // said-X order, appositive after the name
    #expect(q1.method == .named && q1.cue == "said" && q1.kind == .direct)
    #expect(q1.text == "This is an investment in Europe's own security")
    let q2 = try #require(c.quote(containing: "Without these materials"))
    #expect(q2.speaker == "Maria Kowalski" && q2.method == .adjacent)  // second half of a split quote
    let she = try #require(c.quote(containing: "We are ready"))
    #expect(she.speakerID == "svyrydenko" && she.method == .pronoun && she.source == "she")  // skips "he" Zelensky
    let euros = try #require(c.amount("€1.5 billion"))
    #expect(euros.currency == "EUR" && euros.value == d("1500000000"))
    let pct = try #require(c.amount("About 20%"))
    #expect(pct.kind == .percent && pct.value == d("0.2") && pct.qualifier == "about" && pct.refersTo == "funds")
    #expect(c.date("on Wednesday")?.value.iso == "2025-03-12")  // the document's own Wednesday, past
    #expect(c.date("last week")?.value.iso == "2025-W10")
    #expect(c.regionCodes().contains("UA-35"))
    let kowalski = try #require(c.person("maria-kowalski"))
    #expect(kowalski.discovered)
    #expect(
      c.quotes.contains { $0.kind == .indirect && $0.speakerID == "maria-kowalski" && $0.text.hasPrefix("the money") })
  }

  @Test func kyivWashington() throws {
    let c = Fixture.load("kyiv_washington.txt")
    #expect(c.direct.map { $0.speakerID ?? "?" } == ["bessent", "bessent", "zelensky"])
    // A quotation left open at its paragraph's end and continued in the next is one quote.
    let cont = try #require(c.quote(containing: "The president wants"))
    #expect(
      cont.method == .adjacent
        && cont.text == "Now it is up to the lawyers. The president wants this done quickly, and so do I.")
    let he = try #require(c.quote(containing: "no debt"))
    #expect(he.method == .pronoun && he.source == "He" && he.cue == "told")  // colon after "told lawmakers on Tuesday"
    #expect(c.quotes.contains { $0.kind == .indirect && $0.method == .according && $0.speakerID == "shmyhal" })
    #expect(c.date("Friday")?.value.iso == "2025-02-28")  // "may sign … as early as Friday": future
    #expect(c.date("on Friday")?.value.iso == "2025-02-28")  // "will visit on Friday"
    #expect(c.date("on Tuesday")?.value.iso == "2025-02-25")  // "told … on Tuesday": past
    #expect(!c.dates.contains { $0.text.lowercased() == "may" })  // "may" the verb
    let usd = try #require(c.amount("USD 1.2bn"))
    #expect(usd.value == d("1200000000") && usd.currency == "USD")
    #expect(c.amounts.contains { $0.kind == .fraction && $0.refersTo == "its future resource revenues" })
  }

  @Test func londonAnalysts() throws {
    let c = Fixture.load("london_analysts.txt")
    #expect(c.documents[0].date?.iso == "2025-03-03")
    #expect(c.documents[0].dateSource == .inferred)  // latest full date in the text
    let partial = try #require(c.quote(containing: "wildly optimistic"))
    #expect(partial.kind == .partial && partial.speaker == "Helen Marsh" && partial.cue == "called")
    #expect(c.quote(containing: "Nobody has drilled")?.speaker == "Helen Marsh")  // surname alone
    #expect(c.quote(containing: "You cannot value")?.method == .adjacent)
    let colon = try #require(c.quote(containing: "Peace comes first"))
    #expect(colon.speaker == "Helen Marsh" && colon.cue == ":")
    #expect(c.person("helen-marsh")?.role == "an economist at Chatham House")
    let big = try #require(c.amount("more than $10 trillion"))
    #expect(big.qualifier == "more than" && big.value == d("10000000000000"))
    #expect(c.amount("£200 million")?.currency == "GBP")
    #expect(c.amounts.contains { $0.kind == .count && $0.value == 34 && $0.unit == "critical raw materials" })
    #expect(c.date("24 Feb 2025")?.value.iso == "2025-02-24")
    #expect(c.date("2025-02-24")?.value.precision == .day)
    #expect(c.regionCodes().isEmpty)  // "the Dnipro river" is not the region
  }

  @Test func radaCommittee() throws {
    let c = Fixture.load("rada_committee.txt")
    let withX = try #require(c.quote(containing: "national survival"))
    #expect(withX.kind == .partial && withX.speakerID == "merezhko" && withX.cue == "saying")
    #expect(c.quote(containing: "Nobody forced")?.speakerID == "svyrydenko")
    #expect(c.quote(containing: "fair deal")?.speakerID == "trump")  // said Trump, who …
    #expect(c.quote(containing: "We get paid back")?.speakerID == "trump")
    let he = try #require(c.quote(containing: "better than the March draft"))
    #expect(he.speakerID == "zhelezniak" && he.method == .pronoun)  // most recent "he", not Trump
    #expect(c.quotes.contains { $0.kind == .indirect && $0.speakerID == "zhelezniak" && $0.cue == "disputed" })
    #expect(c.date("May 7")?.value.iso == "2025-05-07")
    #expect(c.date("yesterday")?.value.iso == "2025-05-06")
    #expect(c.date("next week")?.value.iso == "2025-W20")
    #expect(c.date("earlier this month")?.value.iso == "2025-05")
    #expect(c.date("April 30")?.value.iso == "2025-04-30")
    // "the March draft" is a month used as a modifier (a date, like "a 2024 report"); "may vote" is no May.
    #expect(c.date("March")?.value.iso == "2025-03")
    #expect(c.dates.count == 6)
    #expect(c.amount("UAH 3 bn")?.value == d("3000000000"))
  }

  @Test func frontLineMines() throws {
    let c = Fixture.load("front_line_mines.txt")
    // Lt. Gen., U.S., 1.5, No. 2 and J. do not end sentences.
    #expect(c.documents[0].sentences.count == 6)
    #expect(c.quote(containing: "protect every shaft")?.speaker == "Ivan Petrenko")
    #expect(c.person("ivan-petrenko")?.discovered == true)
    #expect(c.person("hale")?.pronoun == "he")  // Mr.
    let unbalanced = try #require(c.quote(containing: "the best ever"))
    #expect(unbalanced.speakerID == "trump" && unbalanced.kind == .partial)
    #expect(!c.amounts.contains { $0.value == 2 })  // "No. 2" is not a count
    #expect(c.amount("40 percent")?.value == d("0.4"))
    #expect(c.date("on Monday")?.value.iso == "2025-06-02")
    #expect(c.regionCodes() == ["UA-12"])
    #expect(c.mentions.contains { $0.entity == "zavallivske" })
  }

  @Test func starlinkDispute() throws {
    let c = Fixture.load("starlink_dispute.md")
    #expect(c.documents[0].source == "Test Wire")
    #expect(c.quote(containing: "This is false")?.speakerID == "musk")
    let he = try #require(c.quote(containing: "Reuters is lying"))
    #expect(he.speakerID == "musk" && he.method == .pronoun && he.cue == "added")
    #expect(c.quote(containing: "second only")?.method == .adjacent)
    let official = try #require(c.quote(containing: "vital for the front"))
    #expect(official.speakerID == nil && official.source == "a Ukrainian official")
    #expect(official.confidence < 0.9)
    #expect(!c.quotes.contains { $0.text.contains("clouds talks") })  // headline is not speech
    #expect(c.amounts.contains { $0.kind == .fraction && $0.value == d("0.2") && $0.qualifier == "about" })
    #expect(c.date("on Thursday")?.value.iso == "2025-02-20")
    #expect(c.date("January")?.value.iso == "2025-01")
    // A wrapped line inside a blank-line paragraph does not split the sentence.
    #expect(c.documents[0].sentences.last?.text.hasSuffix("the company said.") == true)
  }

  @Test func singleQuotes() throws {
    let c = Fixture.load("single_quotes.txt")
    // Labels in single curly marks that no speech verb attributes (the headline's "‘lithium
    // valley’ is ‘open for business’") are no quotations; apostrophes ("Ukraine’s", "bidders’") open none.
    #expect(c.direct.count == 3)
    #expect(!c.quotes.contains { $0.text == "lithium valley" || $0.text == "open for business" })
    #expect(c.quote(containing: "frontier")?.text == "no longer a ‘frontier’ for investors")  // single marks nest
    let she = try #require(c.quote(containing: "miracles"))
    #expect(she.speakerID == "svyrydenko" && she.method == .pronoun && she.text.contains("‘clear rules,’ and that is"))
    #expect(c.quote(containing: "People here")?.text == "People here say ‘lithium’ the way their parents said ‘coal.’")
  }

  @Test func surnameSpeakers() throws {
    let c = Fixture.load("surname_speakers.txt")
    let first = try #require(c.quote(containing: "A royalty of 10%"))
    #expect(first.speakerID == "petro-marchenko" && first.source == "Marchenko" && first.method == .named)  // full name written earlier
    #expect(c.person("petro-marchenko")?.discovered == true)
    #expect(c.quote(containing: "pay almost nothing")?.speakerID == "iryna-boyko")  // "…, telling reporters:" takes the subject
    let she = try #require(c.quote(containing: "autumn session"))
    #expect(she.speakerID == "iryna-boyko" && she.method == .pronoun)  // past "The lawmaker met Marchenko …"
    #expect(c.quote(containing: "meet halfway")?.speakerID == "iryna-boyko")
    #expect(c.quote(containing: "another year")?.speakerID == "zelensky")  // past "He told Marchenko …"
    let alone = try #require(c.quote(containing: "speak for themselves"))
    #expect(alone.speakerID == "petro-marchenko" && alone.method == .adjacent)  // after "Marchenko announced …"
    let unnamed = try #require(c.quote(containing: "not our figures"))
    #expect(unnamed.speaker == "Hrytsenko" && unnamed.speakerID == nil && unnamed.confidence < 0.9)
    #expect(c.person("hrytsenko") == nil)
  }

  @Test func kyivGovernment() throws {
    let c = Fixture.load("kyiv_government.txt")
    let adviser = try #require(c.quote(containing: "final in substance"))
    #expect(adviser.source == "A senior Treasury adviser" && adviser.speakerID == nil)  // not the WASHINGTON dateline
    #expect(c.mentions.filter { $0.entity == "eu" }.count == 2)  // "the European Union (EU)" is one mention
    #expect(c.mentions.filter { $0.entity == "UA-30" }.map(\.text) == ["Kyiv", "Kyiv"])  // "in Kyiv", "Kyiv’s mayor"
    #expect(c.quotes.contains { $0.kind == .indirect && $0.speakerID == "ukraine" && $0.source == "Kyiv" })
    #expect(c.regionCodes() == ["UA-30", "UA-32"])
  }

  @Test func clauseCredits() throws {
    let c = Fixture.load("clause_credits.txt")
    #expect(c.quote(containing: "a decade of investment")?.speakerID == "olena-kovalenko")  // `, said X, an analyst …`
    #expect(c.quote(containing: "real money")?.speakerID == "taras-melnyk")  // the credit clause closes the sentence
    let outer = try #require(c.quote(containing: "a betrayal"))
    #expect(outer.speakerID == "mark-hale" && outer.source == "Mark Hale" && outer.cue == "said")  // not "he"
    let issued = try #require(c.quote(containing: "hiding the contracts"))
    #expect(issued.source == "The mining association" && issued.sourceKind == .organisation && issued.cue == "issued")
    #expect(c.quote(containing: "contracts are secret")?.source == "the Kyiv Courier")
    #expect(c.quote(containing: "publish every licence")?.method == .according)
    let owner = try #require(c.quote(containing: "close a single mine"))
    #expect(owner.speakerID == "mark-hale" && owner.cue == nil && owner.confidence == 0.5)
    let tagged = try #require(c.quote(containing: "every shaft open"))
    #expect(tagged.speakerID == "taras-melnyk" && tagged.source == "he" && tagged.cue == "said")  // the tag inside mixed marks
    let relative = try #require(c.quote(containing: "gift to the smelters"))
    #expect(relative.speakerID == "olena-kovalenko" && relative.source == "who")  // the relative pronoun as written
    #expect(c.quote(containing: "a sale at any price")?.speakerID == "mark-hale")  // not the possessor after "labeling"
  }
}
