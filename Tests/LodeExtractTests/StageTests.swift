import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// Unit tests for each pipeline stage on small inputs.
@Suite struct StageTests {
  static let gazetteer = Gazetteer(ReferenceData.bundled)

  func analyse(_ text: String) -> DocumentAnalysis { DocumentAnalysis(doc: "t", text: text, gazetteer: Self.gazetteer) }
  func sentences(_ text: String) -> [String] { analyse(text).modelSentences.map(\.text) }

  // MARK: tokens

  @Test func tokenizerSplitsPossessivesKeepsAbbreviationsAndDecimals() {
    let words = Tokenizer.words("Zelensky’s U.S. plan: 1,200.5 bn, Ivano-Frankivsk officials'")
    #expect(
      words.map(\.text) == [
        "Zelensky", "’s", "U.S.", "plan", ":", "1,200.5", "bn", ",", "Ivano-Frankivsk", "officials", "'",
      ])
    #expect(
      words.map(\.key) == [
        "zelensky", "’s", "u.s.", "plan", ":", "1,200.5", "bn", ",", "ivano-frankivsk", "officials", "'",
      ])
    let toks = words.map(\.token)
    #expect(toks[1].kind == .possessive && toks.last?.kind == .possessive)
    #expect(toks[4].start == 20)
  }

  @Test func lexiconAndGazetteerWordsHaveDistinctHashes() {
    // Tokens meet the lexicon and the gazetteer by key hash alone: no two words may share one.
    let g = Gazetteer(ReferenceData.bundled)
    let words = Set(LexFlags.table.keys).union(g.index.values.flatMap { $0.flatMap(\.keys) })
    // Both sources are in the set: lexicon words and gazetteer names.
    #expect(words.isSuperset(of: ["said", "according", "minister", "january", "zelensky", "kyiv"]))
    #expect(Set(words.map { WordTable<LexFlags>.hash($0) }).count == words.count)
  }

  @Test func tokensCompareKeysAndSpellingsByHash() {
    let toks = Tokenizer.words("Said ZELENSKY Україна Ünïcode USD usd").map(\.token)
    #expect(toks[0].keyIs("said") && !toks[0].keyIs("sad") && !toks[0].keyIs("saidx"))
    #expect(toks[0].textIs("Said") && !toks[0].textIs("said"))
    #expect(toks[1].keyIs("zelensky") && toks[1].textIs("ZELENSKY"))
    #expect(toks[2].keyIs(Fold.key("Україна")) && toks[2].isCapitalised && !toks[2].keyIs("україна"))
    #expect(toks[3].keyIs("unicode"))
    let codes: WordSet = ["USD"]
    #expect(codes.contains(text: toks[4]) && !codes.contains(text: toks[5]))
    #expect(LexFlags.words.lookup(hash: Tokenizer.words("said")[0].token.hash)?.contains(.speechVerb) == true)
  }

  @Test func blankLineParagraphsAllowWrappedLines() {
    let toks = Tokenizer.tokenize(Array("One\ntwo.\n\nThree".unicodeScalars))
    #expect(toks.map(\.paragraph) == [0, 0, 0, 1])
    let single = Tokenizer.tokenize(Array("One\ntwo".unicodeScalars))
    #expect(single.map(\.paragraph) == [0, 1])
  }

  @Test func tokensKnowWhetherTheyHoldAHyphen() {
    let toks = Tokenizer.tokenize(Array("two-thirds of Ivano-Frankivsk don't - “Київ-Сіті” ten–twenty".unicodeScalars))
    let slicer = TextSlicer("two-thirds of Ivano-Frankivsk don't - “Київ-Сіті” ten–twenty")
    let hyphenated = toks.filter(\.hasHyphen).map { slicer.text($0) }
    #expect(hyphenated == ["two-thirds", "Ivano-Frankivsk", "-", "Київ-Сіті"])
  }

  /// The token storage is sized for news text (one token per three bytes); denser text
  /// is scanned again with more room and must come out whole and the same.
  @Test func tokenizerHandlesTextDenserThanItsFirstGuess() {
    let dense = String(repeating: ".,;(", count: 500) + " end"
    let toks = Tokenizer.tokenize(Array(dense.unicodeScalars))
    #expect(toks.count == 2001)
    #expect(toks.last.map { TextSlicer(dense).text($0) } == "end")
    #expect(toks[1998].isPunct(";") && toks[1999].isPunct("("))
    let mixed = String(repeating: "a,", count: 300) + String(repeating: "word ", count: 300)
    let words = Tokenizer.tokenize(Array(mixed.unicodeScalars))
    #expect(words.count == 900)
    #expect(words.filter { $0.kind == .word }.count == 600)
  }

  // MARK: sentences

  @Test func sentencesSurviveAbbreviations() {
    #expect(
      sentences(
        "Lt. Gen. Roe met Mr. Smith on Feb. 3 about bill No. 2 and $1.5 billion. Donald J. Trump agreed. The U.S. Treasury did too."
      )
        == [
          "Lt. Gen. Roe met Mr. Smith on Feb. 3 about bill No. 2 and $1.5 billion.", "Donald J. Trump agreed.",
          "The U.S. Treasury did too.",
        ])
    #expect(sentences("They sided with the U.S. The talks ended.") == ["They sided with the U.S.", "The talks ended."])
  }

  @Test func quotesRunAcrossSentences() {
    let s = sentences("He said, \"We are close. They want it.\" Talks went on.")
    #expect(s == ["He said, \"We are close. They want it.\"", "Talks went on."])
  }

  // MARK: quotations

  @Test func quoteFinderHandlesCurlyStraightAndUnbalancedMarks() {
    let a = analyse("“One,” he said. \"Two\" she said. \"Three never closes\nNext line.")
    #expect(a.quotes.map { a.text($0.start, $0.end) } == ["One,", "Two", "Three never closes"])
    #expect(a.quotes[2].close == nil)
    #expect(a.sentences.count == 4)
  }

  @Test func continuationParagraphIsMarked() {
    let a = analyse("“First part,” Bessent said. “Still going.\n“And done.”")
    #expect(a.quotes.count == 3)
    #expect(a.quotes[2].continuation)
    #expect(!a.quotes[1].continuation)
  }

  // MARK: entities

  @Test func entitiesMatchCaseDiacriticsPossessivesAndShortForms() {
    let a = analyse("ZELENSKYY met Zelenskiy's aides and Zelensky. Us and US differ. Zélensky too.")
    let ids = a.mentions.map(\.id)
    #expect(ids.filter { $0 == "zelensky" }.count == 4)
    #expect(ids.filter { $0 == "united-states" }.count == 1)  // "Us" is a pronoun, "US" the country
  }

  /// Names are indexed by their first two words: the longest name still wins, a name's
  /// shorter form matches when the second word differs, and one-word names still match.
  @Test func longestNameWinsAmongNamesSharingTheirFirstWords() {
    let a = analyse(
      "Rare earth elements, rare earths and rare metals. Ukrainian government aides met Ukrainian farmers in Ukraine.")
    let found = a.mentions.map { "\($0.id):\($0.text)" }
    #expect(found == ["REE:Rare earth elements", "REE:rare earths", "ukraine:Ukrainian government", "ukraine:Ukraine"])
    let spans = a.mentions.map { $0.endToken - $0.firstToken }
    #expect(spans == [3, 2, 2, 1])
  }

  @Test func weakRegionNamesNeedRegionContext() {
    #expect(analyse("Deposits lie in the Dnipro region.").mentions.map(\.id) == ["UA-12"])
    #expect(analyse("Troops crossed the Dnipro near Kherson.").mentions.map(\.id) == ["UA-65"])
    #expect(
      Set(analyse("the Dnipro, Kirovohrad and Zhytomyr regions").mentions.map(\.id)) == ["UA-12", "UA-35", "UA-18"])
    #expect(analyse("in Дніпропетровська область and Dnepropetrovsk").mentions.map(\.id) == ["UA-12", "UA-12"])
  }

  @Test func unknownPeopleAreDiscovered() {
    let a = analyse("Analyst Jane Roe said the deal was weak. Roe added more. \"It is weak,\" said John Smith.")
    #expect(a.discovered.map(\.id) == ["jane-roe", "john-smith"])
    #expect(a.mentions.filter { $0.id == "jane-roe" }.count == 2)
    #expect(a.discovered.first?.role == "analyst")
  }

  // MARK: attribution

  func speakers(_ text: String) -> [String] {
    QuoteAttributor.attribute(analyse(text)).filter { $0.kind != .indirect }.map { $0.speaker ?? "?" }
  }

  @Test func saidTitleNameOrder() {
    #expect(
      speakers("\"We are flying blind,\" said Sen. Jane Roe (R-OH). \"Nobody told us.\"") == ["Jane Roe", "Jane Roe"])
  }

  @Test func subjectBeforeToldIsTheSpeakerNotTheListener() {
    #expect(speakers("\"We will sign,\" Zelensky told Reuters.") == ["Volodymyr Zelensky"])
    #expect(speakers("\"Demand is strong,\" said Bloomberg analyst Jane Roe.") == ["Jane Roe"])
    #expect(speakers("Bessent (pictured) said: \"It is done.\"") == ["Scott Bessent"])
  }

  @Test func partialQuotesFindDistantAndSentenceSubjects() {
    // the cue is far before the partial quotation
    #expect(
      speakers(
        "Svyrydenko said on Tuesday that any deal would have to keep revenues safe and make \"real changes\" for miners."
      ) == ["Yulia Svyrydenko"])
    // no speech verb at all: the sentence is about Musk
    #expect(speakers("Musk also mocked the report as \"utter nonsense\" on his platform.") == ["Elon Musk"])
    // a noun is not a cue: "state ballots", "the claim"
    let q = QuoteAttributor.attribute(analyse("Organisers saw state ballots as a \"lifeboat\" for voters."))
    #expect(q.first?.cue != "state")
  }

  @Test func colonLeadInAfterAParticiple() {
    #expect(
      speakers(
        "Sen. Ann Lee, chair of the committee, defended the plan while acknowledging the risks: \"It takes time.\"")
        == ["Ann Lee"])
  }

  @Test func pronounPrefersThePreviousSubject() {
    // Putin is the most recent name, but "he" continues with the previous sentence's subject.
    #expect(
      speakers("Zelensky said voters had given Trump a chance against Putin. \"It is incredible,\" he said.") == [
        "Volodymyr Zelensky"
      ])
  }

  @Test func unsupportedQuoteStaysUnresolved() {
    let q = QuoteAttributor.attribute(analyse("The mood was grim. \"Nothing works here.\""))
    #expect(q.count == 1 && q[0].method == .unresolved && q[0].speaker == nil && q[0].confidence == 0)
  }

  @Test func objectsAreNotSpeakers() {
    // "the process" is what was defended, not who spoke; nothing names a speaker.
    let q = QuoteAttributor.attribute(
      analyse("Critics defended the process while noting the risks, \"It takes time.\""))
    #expect(q.first?.speaker != "the process")
  }

  // MARK: dates

  func dates(_ text: String, on doc: String? = nil) -> [String] {
    let a = analyse(text)
    return DateExtractor(a, documentDate: doc.flatMap(DateValue.parse)).extract().map { $0.value.iso }
  }

  @Test func absoluteDates() {
    #expect(
      dates("On February 24, 2025, in 24 Feb 2025, on 2025-02-24, in February 2025 and in 2025.")
        == ["2025-02-24", "2025-02-24", "2025-02-24", "2025-02", "2025"])
    #expect(dates("The deal may fail. Talks resumed in May.", on: "2025-06-10") == ["2025-05"])
    #expect(dates("It was February 30, 2025.") == [])
  }

  @Test func relativeDatesPastAndFuture() {
    // 2025-02-26 is a Wednesday.
    #expect(dates("He spoke on Monday.", on: "2025-02-26") == ["2025-02-24"])
    #expect(dates("He will speak on Monday.", on: "2025-02-26") == ["2025-03-03"])
    #expect(dates("It fell yesterday and rose last month.", on: "2025-03-01") == ["2025-02-28", "2025-02"])
    #expect(dates("Talks end next year.", on: "2025-03-01") == ["2026"])
    #expect(dates("It happened three days ago.", on: "2025-03-01") == ["2025-02-26"])
    #expect(dates("He spoke on Monday.") == [])  // no document date: nothing invented
  }

  @Test func civilDateArithmetic() {
    #expect(CivilDate.weekday(CivilDate.days(2025, 2, 24)) == 1)
    #expect(CivilDate.isoWeek(CivilDate.days(2025, 2, 24)).iso == "2025-W09")
    #expect(CivilDate.isoWeek(CivilDate.days(2024, 12, 30)).iso == "2025-W01")
    #expect(CivilDate.date(CivilDate.days(2024, 2, 29) + 1).iso == "2024-03-01")
  }

  // MARK: amounts

  func amounts(_ text: String) -> [AmountExtractor.Found] {
    let a = analyse(text)
    return AmountExtractor(a, taken: [Bool](repeating: false, count: a.tokens.count)).extract()
  }

  @Test func moneyForms() {
    let found = amounts("$500 billion, 350 billion dollars, USD 1.2bn, €10M, US$5 million and 2 trillion hryvnias")
    #expect(
      found.map(\.value) == [
        d("500000000000"), d("350000000000"), d("1200000000"), d("10000000"), d("5000000"), d("2000000000000"),
      ])
    #expect(found.map { $0.currency ?? "" } == ["USD", "USD", "USD", "EUR", "USD", "UAH"])
  }

  @Test func percentsFractionsCounts() {
    let found = amounts(
      "It rose 50% and 5 percent; two-thirds of exports and about a fifth of output; 17 key elements.")
    #expect(found.map(\.kind) == [.percent, .percent, .fraction, .fraction, .count])
    #expect(found[0].value == d("0.5") && found[1].value == d("0.05"))
    #expect(found[2].refersTo == "exports")
    #expect(found[3].value == d("0.2") && found[3].qualifier == "about" && found[3].refersTo == "output")
    #expect(found[4].unit == "key elements")
  }

  @Test func qualifiersOfOneTwoAndThreeWords() {
    let found = amounts(
      "The fund could hold as much as $500 billion, more than 20 deposits, as many as 30 mines and nearly 40 sites.")
    #expect(found.map { $0.qualifier ?? "-" } == ["as much as", "more than", "as many as", "nearly"])
    #expect(found[0].value == d("500000000000") && found[2].value == 30)
  }

  // MARK: front matter

  @Test func frontMatter() {
    let fm = FrontMatter(parsing: "---\ntitle: \"A: B\"\ndate: 2025-02-24\n---\nBody\n")
    #expect(fm.fields["title"] == "A: B" && fm.fields["date"] == "2025-02-24" && fm.body == "Body\n")
    #expect(FrontMatter(parsing: "---\nno closing line\n").body == "---\nno closing line\n")
    #expect(FrontMatter(parsing: "plain").fields.isEmpty)
  }

  @Test func frontMatterWithWindowsLineEndingsBOMAndNoTrailingBreak() {
    let crlf = FrontMatter(parsing: "\u{FEFF}---\r\nTitle :  'Київ: угода' \r\nsource: Wire\r\n---\r\nBody\r\n")
    #expect(crlf.fields == ["title": "Київ: угода", "source": "Wire"])
    #expect(crlf.body == "Body\r\n")
    let bare = FrontMatter(parsing: "---\ndate: 2025-02-24\n---")
    #expect(bare.fields == ["date": "2025-02-24"] && bare.body.isEmpty)
    #expect(FrontMatter(parsing: "--- \ntitle: x\n---\n").fields.isEmpty)
  }
}
