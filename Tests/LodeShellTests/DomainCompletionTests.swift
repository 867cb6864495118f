import LodeCore
import LodeQuery
import LodeSession
import Testing

@testable import LodeShell

/// Tab on a parameter whose hint names a domain offers that domain's values from the
/// bundled reference data, matched by prefix with or without the opening quote.
@Suite struct DomainCompletionTests {
  @Test func regionNamesCompleteFromAPrefix() {
    let shell = Shell()
    let texts = shell.complete("region dn", cursor: 9).candidates.map(\.text)
    // One region, offered once by its short name (not also as "Dnipropetrovsk Oblast").
    #expect(texts == ["Dnipropetrovsk"])
  }

  @Test func regionCodesComplete() {
    let shell = Shell()
    let texts = shell.complete("region UA-1", cursor: 11).candidates.map(\.text)
    // Codes are offered as words the parser reads back: `"UA-12"`.
    #expect(texts == ["\"UA-12\"", "\"UA-14\"", "\"UA-18\""])
  }

  /// `source q⇥` offers the quote ids (the `row-ids` domain, declared by the Corpus module).
  @Test func rowIdsCompleteForSource() {
    let shell = Shell()
    let texts = shell.complete("source q", cursor: 8).candidates.map(\.text)
    #expect(shell.run("quotes | count").output == "9\n")
    #expect(texts == (1...9).map { "q\($0)" })
  }
}
