import Foundation
import LodeTestSupport
import Testing

/// `lode extract` as a program: JSON lines in (stdin or files), one JSON line per fact out,
/// bad lines warned about by number, CSV files per table, and the same facts as lode's own
/// tables over the same documents.
@Suite struct ExtractEndToEndTests {
  let home: TemporaryDirectory
  init() throws { home = try TemporaryDirectory() }

  static let articles = EndToEnd.repositoryRoot + "/Tests/LodeExtractTests/Articles"

  func extract(_ arguments: [String], input: String = "") throws -> CommandResult {
    try EndToEnd.lode(["extract"] + arguments, input: input, home: home)
  }

  func rows(_ stdout: String) throws -> [[String: Any]] {
    try stdout.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  static func line(_ id: String, _ text: String, date: String = "2025-03-01") -> String {
    let data = try? JSONSerialization.data(withJSONObject: ["id": id, "date": date, "title": "T " + id, "text": text])
    return String(decoding: data ?? Data(), as: UTF8.self)
  }

  static let first =
    "KYIV, March 1 (Wire) - Ukraine may sign a minerals deal worth $500 billion, officials said.\r\n"
    + "\"We have done the hard work,\" Olena Koval said."
  static let second = "Trump said the U.S. had given Ukraine $350 billion."

  @Test func articleLinesOnStdinGiveFactLinesAndBadLinesAreWarnedByNumber() throws {
    let input = [Self.line("a1", Self.first), "not json", Self.line("b2", Self.second), #"{"id":"c"}"#].joined(
      separator: "\n")
    let r = try extract([], input: input + "\n")
    #expect(r.status == 0)
    #expect(r.stderr.contains("warning[extract.jsonl.badLine]: skipped stdin:2: not valid JSON"))
    #expect(r.stderr.contains(#"warning[extract.jsonl.badLine]: skipped stdin:4: no "text" string"#))
    let rows = try rows(r.stdout)
    let docs = rows.filter { $0["table"] as? String == "documents" }
    #expect(docs.map { $0["id"] as? String } == ["a1", "b2"])
    #expect(docs.map { $0["seq"] as? Int } == [1, 3], "seq is the input line")
    #expect(docs.map { $0["title"] as? String } == ["T a1", "T b2"])
    #expect(Set(rows.map { $0["extractor"] as? String ?? "-" }).count == 1)
    #expect((rows.first?["extractor"] as? String)?.hasPrefix("lode ") == true)
    let amounts = rows.filter { $0["table"] as? String == "amounts" }
    #expect(
      amounts.map { "\($0["doc"] ?? "")/\($0["id"] ?? "")/\($0["text"] ?? "")" } == [
        "a1/a1/$500 billion", "b2/a1/$350 billion",
      ])
    let money = try #require(amounts.first?["value"] as? [String: Any])
    #expect(money["amount"] as? Int == 500_000_000_000 && money["currency"] as? String == "USD")
    let quotes = rows.filter { $0["table"] as? String == "quotes" }
    #expect(
      quotes.map { "\($0["doc"] ?? "")/\($0["id"] ?? "")/\($0["speaker"] ?? "")" } == [
        "a1/q1/Olena Koval", "b2/q1/Donald Trump",
      ])
    // Offsets index the text as given, its CR LF included.
    let scalars = Array(Self.first.unicodeScalars)
    for row in rows
    where row["doc"] as? String == "a1" && ["amounts", "dates", "mentions"].contains(row["table"] as? String) {
      let (s, e) = (try #require(row["start"] as? Int), try #require(row["end"] as? Int))
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[s..<e])
      #expect(String(view) == row["text"] as? String)
    }
    let people = rows.filter { $0["table"] as? String == "people" }
    #expect(people.map { "\($0["id"] ?? "")/\($0["doc"] ?? "")" } == ["olena-koval/a1"])
  }

  @Test func tablesChoosesTablesAndAnUnknownOneIsAUsageError() throws {
    let r = try extract(["--tables", "amounts,quotes"], input: Self.line("a", Self.second) + "\n")
    #expect(r.status == 0)
    #expect(try rows(r.stdout).map { $0["table"] as? String ?? "" } == ["quotes", "amounts"])
    let bad = try extract(["--tables", "quotse"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("unknown table: quotse"))
  }

  @Test func outputOrderIsInputOrderAcrossBatchesAndCores() throws {
    let input = (0..<40).map { Self.line("d\($0)", "Officials in Kyiv said \($0 + 2) mines were open.") }.joined(
      separator: "\n")
    let r = try extract(["--tables", "documents"], input: input)
    #expect(try rows(r.stdout).map { $0["id"] as? String ?? "" } == (0..<40).map { "d\($0)" })
  }

  /// Every fact lode's own tables hold for the test articles, in the same order with the
  /// same values: only ids (counted per document) and event order differ.
  @Test func filesGiveTheFactsLodesOwnTablesHold() throws {
    let r = try extract([Self.articles])
    #expect(r.status == 0)
    #expect(r.stderr == "")
    let rows = try rows(r.stdout)
    func strip(_ rows: [[String: Any]], _ keys: [String]) -> [NSDictionary] {
      rows.map { row in
        var row = row
        for k in keys { row[k] = nil }
        return NSDictionary(dictionary: row)
      }
    }
    for table in ["quotes", "amounts", "dates", "events", "documents"] {
      let own = try EndToEnd.lode(["--seeds", Self.articles, "--format", "jsonl", "-c", table], home: home)
      #expect(own.status == 0)
      let corpusWide = table == "documents" ? [] : ["id", "order"]
      let expected = strip(try self.rows(own.stdout), corpusWide)
      let got = strip(
        rows.filter { $0["table"] as? String == table }, ["table", "extractor", "seq", "normalised"] + corpusWide)
      #expect(got.count >= 9, "\(table)")
      #expect(got == expected, "\(table)")
    }
  }

  @Test func aCRLFFileSaysItWasNormalisedAndCSVGoesToOneFilePerTable() throws {
    let dir = home.path + "/docs"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try Data(Self.first.utf8).write(to: URL(fileURLWithPath: dir + "/crlf.txt"))
    try Data(Self.second.utf8).write(to: URL(fileURLWithPath: dir + "/plain.txt"))
    let r = try extract(["--tables", "documents", dir])
    #expect(
      try rows(r.stdout).map { "\($0["id"] ?? "")/\($0["normalised"] ?? "")/\($0["seq"] ?? "")" } == [
        "crlf/crlf/1", "plain/<null>/2",
      ])
    let csv = home.path + "/csv"
    let c = try extract(["--csv", csv, "--tables", "documents,amounts", dir])
    #expect(c.status == 0 && c.stdout == "")
    let amounts = try String(contentsOfFile: csv + "/amounts.csv", encoding: .utf8).split(separator: "\n")
    #expect(
      amounts.first
        == "id,text,kind,value,value_currency,value_per,refers_to,holder,qualifier,currency,unit,doc,sentence,start,end,extractor"
    )
    #expect(
      amounts.dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false).prefix(6).joined(separator: ",")
      } == ["a1,$500 billion,money,500000000000,USD,", "a1,$350 billion,money,350000000000,USD,"])
    let docs = try String(contentsOfFile: csv + "/documents.csv", encoding: .utf8).split(separator: "\n")
    #expect(docs.count == 3)
  }

  /// The same lines load as a corpus: `--seeds FILE.jsonl` and `:load FILE.jsonl`.
  @Test func articleLinesLoadWithSeedsAndLoad() throws {
    let path = home.path + "/articles.jsonl"
    try Data([Self.line("a1", Self.first), "oops", Self.line("b2", Self.second)].joined(separator: "\n").utf8)
      .write(to: URL(fileURLWithPath: path))
    let r = try EndToEnd.lode(["--seeds", path, "-c", "quotes | select doc, id, speaker | to csv"], home: home)
    #expect(r.stdout == "doc,id,speaker\na1,q1,Olena Koval\nb2,q2,Donald Trump\n")
    #expect(r.stderr.contains("skipped \(path):2: not valid JSON"))
    let loaded = try EndToEnd.lode([], input: ":load \(path)\ndocuments | count\n", home: home)
    #expect(loaded.stdout.hasSuffix("3\n"), "the seed article and the two lines")
  }

  /// Corpus-level tables from split runs: the test articles extracted as two parts, the
  /// parts' output concatenated in reverse, reduced: lode's own `people` and `orgs` rows.
  @Test func reduceGivesLodesPeopleAndOrgsFromSplitRunsInAnyOrder() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.articles).sorted()
    let lines = try names.enumerated().map { i, name -> String in
      let text = try String(contentsOfFile: Self.articles + "/" + name, encoding: .utf8)
      let object: [String: Any] = ["id": String(name.split(separator: ".")[0]), "seq": i + 1, "text": text]
      return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
    let all = home.path + "/all.jsonl"
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: all))
    let half = lines.count / 2
    let first = try extract([], input: lines[..<half].joined(separator: "\n"))
    let second = try extract([], input: lines[half...].joined(separator: "\n"))
    let reduced = try extract(["--reduce"], input: second.stdout + first.stdout)
    #expect(reduced.status == 0 && reduced.stderr == "")
    var own: [NSDictionary] = []
    for table in ["people", "orgs"] {
      let r = try EndToEnd.lode(["--seeds", all, "--format", "jsonl", "-c", table], home: home)
      own += try rows(r.stdout).map { NSDictionary(dictionary: $0) }
    }
    let got = try rows(reduced.stdout).map { row -> NSDictionary in
      var row = row
      row["table"] = nil
      return NSDictionary(dictionary: row)
    }
    #expect(got == own)
    #expect(own.contains { ($0["discovered"] as? Bool) == true }, "some people were discovered")
    #expect(own.contains { ($0["mentions"] as? Int ?? 0) > 1 }, "some are mentioned more than once")
  }
}
