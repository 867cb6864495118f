import Foundation
import LodeCore
import LodeQuery
import Testing

@testable import LodeShell

/// Tab after a signature's keyword offers what that keyword introduces (never the keyword
/// again), and command names complete word by word wherever a command name is expected.
@Suite struct KeywordCompletionTests {
  let shell = Shell(options: ShellOptions(format: .table, width: 100))

  func texts(_ line: String) -> [String] {
    shell.complete(line, cursor: line.unicodeScalars.count).candidates.map(\.text)
  }

  @Test func aKeywordAlreadyTypedIsNotOfferedAgain() {
    #expect(texts("range 3 to ") == [])
    #expect(!texts("value payback 500bn at 50% of 2bn/yr ").contains("at"))
    #expect(texts("value convert 500bn to ").prefix(3) == ["USD", "EUR", "GBP"])
    #expect(texts("value convert 500bn to U") == ["USD", "UAH"])
  }

  @Test func helpCompletesCommandNamesWordByWord() {
    #expect(texts("help val") == ["value"])
    let r = shell.complete("help q", cursor: 6)
    #expect(r.replaceFrom == 5)
    #expect(r.candidates.map(\.text) == ["quotes"])
    #expect(texts("help value p") == ["payback", "pv"])
    #expect(texts("help value ").contains("payback"))
    #expect(!texts("help value ").contains("asc"))
    #expect(texts("help timeline ").contains("add"))
    #expect(texts("help rou") == ["round"])
    let all = texts("help ")
    for name in ["value", "timeline", "quotes", "where", "round"] { #expect(all.contains(name), "\(name)") }
    #expect(Set(all).count == all.count)
  }
}

/// Domain values are entities: each offered once, by whichever of its names matches.
@Suite struct EntityCompletionTests {
  let shell = Shell(options: ShellOptions(format: .table, width: 100))

  func texts(_ line: String) -> [String] {
    shell.complete(line, cursor: line.unicodeScalars.count).candidates.map(\.text)
  }

  @Test func eachRegionIsOfferedOnceByTheNameThatMatches() {
    let all = texts("region ")
    #expect(all.count == 28)  // the 27 regions and the Donbas area
    #expect(texts("region Donb") == ["Donbas"])
    #expect(Set(all).count == all.count)
    #expect(texts("region Zap") == ["Zaporizhzhia"])
    #expect(texts("region Kie").sorted() == ["\"Kiev Oblast\"", "\"Kiev\""])
    #expect(texts("region Дні") == ["\"Дніпропетровська область\""])
  }

  @Test func mixedQuotedAndBareNamesAreAllQuotedSoTheirCommonPrefixInserts() {
    let kyiv = texts("region Kyiv")
    #expect(kyiv.sorted() == ["\"Kyiv (city with special status)\"", "\"Kyiv\""])
  }

  @Test func saidOffersOnlyPeopleWhoWereQuoted() {
    #expect(
      texts("said ").sorted() == [
        "\"Donald Trump\"", "\"Elon Musk\"", "\"Ruslan Stefanchuk\"", "\"Volodymyr Zelensky\"",
      ])
    #expect(texts("said Zelenskyy") == ["Zelenskyy"])
  }
}

/// Plugins' manifests drive completion like built-in declarations: keyword parameters,
/// `"fields"` flags, and an output declared as the input's columns plus its own.
@Suite struct PluginCompletionTests {
  static let plugins = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("plugins").path

  let shell = Shell(options: ShellOptions(format: .table, width: 100, pluginPaths: [PluginCompletionTests.plugins]))

  func texts(_ line: String) -> [String] {
    shell.complete(line, cursor: line.unicodeScalars.count).candidates.map(\.text)
  }

  @Test func aPluginKeywordParameterOffersItsWords() {
    #expect(texts("fx convert 500bn to U") == ["USD", "UAH"])
    #expect(!texts("fx convert 500bn to ").contains("to"))
  }

  @Test func aFieldsFlagOffersTheUpstreamFields() {
    let fields = texts("quotes | tone --field ")
    #expect(fields.prefix(3) == ["id", "speaker", "text"])
    #expect(texts("quotes | tone --field sp") == ["speaker", "speaker_id"])
  }

  @Test func anOutputThatExtendsItsInputKeepsTheInputFields() {
    #expect(texts("quotes | tone | where sp") == ["speaker", "speaker_id"])
    #expect(texts("quotes | tone | where to") == ["tone"])
  }
}
