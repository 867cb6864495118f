import Foundation
import LodeCore
import LodeModel
import Testing

@testable import QuotesModule

private func run(_ d: CommandDescriptor, _ args: [String: Value] = [:]) throws(Diagnostic) -> CommandOutput {
  try d.run(Invocation(command: d.name, arguments: args), TestCorpus.context())
}

private func ids(_ out: CommandOutput) -> [String] {
  out.value.tableValue?.rows.compactMap { $0[0].stringValue } ?? []
}

@Suite struct QuotesTests {
  @Test func quotesTableHasTheContractColumns() throws {
    let t = try #require(try run(QuotesCommand.descriptor).value.tableValue)
    #expect(
      t.schema.columns.filter { !$0.hidden }.map(\.name) == ["id", "speaker", "text", "kind", "method", "confidence"])
    #expect(
      Set(t.schema.columns.filter(\.hidden).map(\.name)) == [
        "speaker_id", "source", "source_start", "source_end", "source_kind", "cue", "doc", "sentence", "start", "end",
      ])
    #expect(t.count == 3)
    #expect(t.value(0, "source_start") == .int(30))
    #expect(t.value(2, "source") == .string("He"))
  }

  @Test(arguments: ["Zelenskyy", "zelensky", "Volodymyr Zelensky", "Зеленський", "ZELENSKIY", "Zelenskky"])
  func saidMatchesEveryAlias(_ name: String) throws {
    #expect(ids(try run(SaidCommand.descriptor, ["person": .string(name)])) == ["q1", "q3"])
  }

  @Test func saidNotesAFuzzyMatchOnly() throws {
    #expect(try run(SaidCommand.descriptor, ["person": .string("Zelenskyy")]).notes.isEmpty)
    #expect(try run(SaidCommand.descriptor, ["person": .string("Zelenskky")]).notes.count == 1)
  }

  @Test func saidAKnownPersonWithNoQuotesSaysSo() throws {
    let out = try run(SaidCommand.descriptor, ["person": .string("Stefanchuk")])
    #expect(ids(out).isEmpty)
    #expect(out.notes == ["Ruslan Stefanchuk not quoted in the corpus"])
  }

  @Test func saidUnknownPersonSuggests() {
    do {
      _ = try run(SaidCommand.descriptor, ["person": .string("Trunp Donaldo")])
      Issue.record("expected an error")
    } catch {
      #expect(error.id == "said.unknownPerson")
    }
  }

  @Test func whoSaidRanksWholeFragmentsFirst() throws {
    let out = try run(WhoSaidCommand.descriptor, ["fragment": .string("pretty close")])
    #expect(ids(out) == ["q2"])
    #expect(out.value.tableValue?.value(0, "match") == .percent(1))
    let typo = try run(WhoSaidCommand.descriptor, ["fragment": .string("cannot sel ukraine")])
    #expect(ids(typo).first == "q3")
    #expect(typo.value.tableValue?.value(0, "match") == .percent(Decimal(string: "0.9")!))
    let none = try run(WhoSaidCommand.descriptor, ["fragment": .string("nothing like this")])
    #expect(ids(none).isEmpty && none.notes.count == 1)
  }

  @Test func speakersSortedByCountThenName() throws {
    let t = try #require(try run(SpeakersCommand.descriptor).value.tableValue)
    #expect(t.rows.map { $0[0] } == [.string("Volodymyr Zelensky"), .string("Donald Trump")])
    #expect(t.rows.map { $0[1] } == [.int(2), .int(1)])
  }

  @Test func whyShowsEvidenceAndOwnSentence() throws {
    let out = try run(WhyCommand.descriptor, ["id": .string("q3")])
    guard case .record(let r) = out.value else {
      Issue.record("expected a record")
      return
    }
    #expect(r["method"] == .string("pronoun"))
    #expect(r["source"] == .string("He"))
    #expect(r["evidence"] == .string(TestCorpus.sentences[1]))
    #expect(r["sentence"] == .string(TestCorpus.sentences[4]))
  }

  @Test func whyUnknownIdSuggests() {
    do {
      _ = try run(WhyCommand.descriptor, ["id": .string("q9")])
      Issue.record("expected an error")
    } catch {
      #expect(error.id == "why.unknownQuote")
      #expect(error.suggestions == ["q1", "q2", "q3"])
    }
  }
}

@Suite struct NumberWordTests {
  @Test func numberWordsReadAsNumerals() {
    #expect(
      NumberWords.numerals(["paid", "off", "by", "ten", "generations"]) == ["paid", "off", "by", "10", "generations"])
    #expect(NumberWords.numerals(["twenty", "five", "years"]) == ["25", "years"])
    #expect(NumberWords.numerals(["two", "hundred", "and", "fifty", "billion"]) == ["250000000000"])
    #expect(NumberWords.numerals(["one", "thousand", "and", "then"]) == ["1000", "and", "then"])
    #expect(NumberWords.joinDigitGroups("1,000 years, 2, 3") == "1000 years, 2, 3")
  }

  @Test func whoSaidMatchesNumeralsAndNumberWords() {
    let words = WhoSaidCommand.tokens("10 generations")
    #expect(WhoSaidCommand.score(words, in: "I will not sign something to be paid off by ten generations") == 1)
    #expect(WhoSaidCommand.score(WhoSaidCommand.tokens("ten generations"), in: "repaid over 10 generations") == 1)
    #expect(WhoSaidCommand.score(WhoSaidCommand.tokens("one thousand years"), in: "for 1,000 years") == 1)
  }
}

@Suite struct TitleBeforeNameTests {
  @Test(arguments: ["President Zelensky", "president zelenskyy", "President Volodymyr Zelensky"])
  func saidFindsAPersonWithATitleBeforeTheName(_ name: String) throws {
    let out = try run(SaidCommand.descriptor, ["person": .string(name)])
    #expect(ids(out) == ["q1", "q3"])
    #expect(out.notes.isEmpty)
  }

  @Test func everyPersonAnswersWithATitleNotOnlyThoseListedSo() {
    // Neither person lists a titled alias: the title is dropped, not looked up.
    let matcher = PersonMatcher(TestCorpus.people)
    #expect(matcher.match("President Trump").people.map(\.id) == ["trump"])
    #expect(matcher.match("Speaker Stefanchuk").people.map(\.id) == ["stefanchuk"])
    #expect(matcher.match("President").people.isEmpty)
    let aliases = CorpusAliases(corpus: TestCorpus.corpus)
    #expect(aliases.canonical("President Zelenskyy") == "person:zelensky")
    #expect(aliases.same("President Donald Trump", "Donald Trump"))
    #expect(aliases.canonical("President") == nil)
  }
}
