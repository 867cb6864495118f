import Foundation
import LodeTestSupport
import Testing

/// Smoke tests of the domain modules through the real binary on the bundled seed article:
/// quotes, amounts, dates, regions, `why`, the JSON contract, valuation, timeline, map.
@Suite struct ModulesEndToEndTests {
  static let seedFile = EndToEnd.repositoryRoot + "/seeds/articles/000_a0cafe3b4e70e2b9.txt"

  func lode(_ arguments: [String]) throws -> CommandResult {
    let r = try EndToEnd.lode(arguments, home: TemporaryDirectory())
    #expect(r.status == 0, "\(arguments): \(r.stderr)")
    return r
  }

  /// `lode --format json -c LINE`, parsed into row objects.
  func rows(_ line: String) throws -> [[String: Any]] {
    let r = try lode(["--format", "json", "-c", line])
    let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    return try #require(parsed as? [[String: Any]], "\(line) gives an array of rows")
  }

  @Test func quotesListZelenskyAndTrump() throws {
    let r = try lode(["-c", "quotes | select speaker, text"])
    #expect(r.stdout.hasPrefix("speaker"))
    #expect(r.stdout.contains("Volodymyr Zelensky"))
    #expect(r.stdout.contains("Donald Trump"))
    #expect(r.stdout.contains("I will not sign something to be paid off by ten generations"))
  }

  @Test func amountsDatesAndRegionsShowTheSeedsFacts() throws {
    let amounts = try lode(["-c", "amounts"]).stdout
    #expect(amounts.contains("$500,000,000,000"))
    #expect(amounts.contains("$350,000,000,000"))
    #expect(try lode(["-c", "dates"]).stdout.contains("2025-02-24"))
    let regions = try lode(["-c", "regions | where mentions > 0"]).stdout
    for code in ["UA-12", "UA-35", "UA-18"] { #expect(regions.contains(code), "\(code)") }
    #expect(!regions.contains("UA-14"), "Donetsk is not mentioned")
  }

  @Test func whyExplainsADirectQuote() throws {
    let quotes = try rows("quotes")
    let direct = try #require(quotes.first { $0["kind"] as? String == "direct" })
    let id = try #require(direct["id"] as? String)
    let why = try lode(["-c", "why \(id)"]).stdout
    #expect(why.contains(id))
    #expect(why.contains(try #require(direct["speaker"] as? String)))
    #expect(why.contains("explanation"))
    #expect(why.contains("evidence"))
  }

  @Test func quoteRowsInJSONSliceTheirDocument() throws {
    let text = Array(try String(contentsOfFile: Self.seedFile, encoding: .utf8).unicodeScalars)
    let quotes = try rows("quotes")
    #expect(quotes.compactMap { $0["id"] as? String } == (1...max(1, quotes.count)).map { "q\($0)" })
    for q in quotes {
      // Every column is in each row (null where there is no value).
      #expect(
        Set(["doc", "start", "end", "text", "speaker", "source", "source_start", "source_end"]).subtracting(q.keys)
          == [], "\(q)")
      let start = try #require(q["start"] as? Int, "start is a JSON integer")
      let end = try #require(q["end"] as? Int)
      try #require(0 <= start && start <= end && end <= text.count)
      let slice = String(String.UnicodeScalarView(text[start..<end]))
      #expect(q["text"] as? String == slice, "\(q["id"] ?? "") is a verbatim slice")
      if let s = Int(q["source_start"] as? String ?? ""),
        let e = Int(q["source_end"] as? String ?? "")
      {
        try #require(0 <= s && s <= e && e <= text.count)
        #expect(q["source"] as? String == String(String.UnicodeScalarView(text[s..<e])))
      }
    }
  }

  @Test func everyNameOfARegionFindsTheSameCode() throws {
    let codes = try ["Дніпропетровська", "dnipro", "UA-12", "Dnepropetrovsk"].map { name in
      // `region` is one record: a JSON object (its field/value card is for the table view).
      let r = try lode(["--format", "json", "-c", "region \(name)"])
      let record = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
      return record?["code"] as? String
    }
    #expect(codes == Array(repeating: "UA-12", count: 4))
  }

  @Test func paybackShowsYearsAndGenerations() throws {
    let r = try lode(["-c", "value payback 500bn at 50% of 2bn/yr"]).stdout
    #expect(r.contains("years"))
    #expect(r.contains("500y"), "500bn repaid by half of 2bn a year")
    #expect(r.contains("generations"))
  }

  @Test func timelinePutsTheDatedEventFirstAndMarksUndatedOnes() throws {
    let rows = try rows("timeline")
    #expect(rows.compactMap { $0["id"] as? String } == ["e2", "e1"] + (3...13).map { "e\($0)" })
    #expect(rows.first?["date"] as? String == "2025-02-24")
    let rest = rows.dropFirst()
    #expect(rest.allSatisfy { $0["date"] is NSNull }, "only one dated event in the seed")
    let table = try lode(["-c", "timeline"]).stdout.split(separator: "\n")
    #expect(table.count == 2 + rows.count, "a header, its rule and one line per event")
    #expect(table[2].contains("2025-02-24"), "the first row is dated")
    #expect(table.dropFirst(3).allSatisfy { $0.contains("undated") }, "\(table)")
  }

  @Test func occupiedRegionsAreDrawnOnTheMap() throws {
    let occupied = try rows("regions | where occupied").compactMap { $0["code"] as? String }
    #expect(occupied == ["UA-09", "UA-14", "UA-23", "UA-40", "UA-43", "UA-48", "UA-63", "UA-65"])
    let map = try lode(["-c", "regions | where occupied | map"]).stdout
    #expect(map.contains("highlighted (\(occupied.count) of 27)"), "\(map)")
    for code in occupied { #expect(map.contains(code), "\(code) is listed under the map") }
    #expect(map.contains("[CRI]"), "Crimea is highlighted on the map")
  }
}
