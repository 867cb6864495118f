import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// Article JSON lines: what a line must hold, how lines are split, and that an article's
/// spans are offsets into its text exactly as given.
@Suite struct ArticleLineTests {
  func parse(_ line: String, number: Int = 3) -> Result<Article, Diagnostic> {
    Article.parse(Data(line.utf8), number: number, source: "in.jsonl")
  }

  @Test func aLineGivesItsIdTextAndMetadata() throws {
    let a = try parse(#"{"id":"x1","date":"2025-03-01","title":"T","text":"Hi.","url":"u","extra":[1],"seq":9}"#).get()
    #expect(a == Article(id: "x1", text: "Hi.", fields: ["date": "2025-03-01", "title": "T", "url": "u"], seq: 9))
    #expect(try parse(#"{"id":42,"text":"t"}"#).get().id == "42")
  }

  @Test func aBadLineSaysWhichLineAndWhy() {
    let cases = [
      ("nope", "not valid JSON"), ("[1,2]", "not a JSON object"), (#"{"id":"a"}"#, #"no "text" string"#),
      (#"{"id":"a","text":5}"#, #"no "text" string"#), (#"{"text":"t"}"#, #"no "id" (a string or an integer)"#),
      (#"{"id":true,"text":"t"}"#, #"no "id" (a string or an integer)"#),
      (#"{"id":1.5,"text":"t"}"#, #"no "id" (a string or an integer)"#),
      (#"{"id":"","text":"t"}"#, #"empty "id""#),
    ]
    for (line, why) in cases {
      guard case .failure(let d) = parse(line, number: 7) else {
        Issue.record("accepted \(line)")
        continue
      }
      #expect(d.id == "extract.jsonl.badLine")
      #expect(d.message == "skipped in.jsonl:7: \(why)", "\(line)")
    }
  }

  @Test func linesAreSplitWithNumbersBlankLinesSkippedAndTheLastWithoutNewline() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let long = String(repeating: "x", count: 3_000_000)
    try Data("a\n\n  \nb\r\n\(long)\nc".utf8).write(to: URL(fileURLWithPath: path))
    let reader = try JSONLinesReader.open(path, maxLine: 2_500_000).get()
    var seen: [String] = []
    while let item = reader.next() {
      switch item {
      case .line(let n, let d): seen.append("\(n):\(String(decoding: d, as: UTF8.self))")
      case .tooLong(let n, let bytes): seen.append("\(n):long \(bytes)")
      }
    }
    #expect(seen == ["1:a", "4:b\r", "5:long 3000000", "6:c"])
  }

  @Test func spansAreOffsetsIntoTheTextAsGivenCarriageReturnsIncluded() {
    let text =
      "KYIV, March 1 (Wire) - Ukraine may sign a deal worth $500 billion, officials said on Friday.\r\n\r\n"
      + "\"We have done the hard work,\" Olena Koval said. The fund may reach €40 million."
    let facts = CorpusLoader().facts(of: Article(id: "a", text: text, fields: ["date": "2025-03-01"]), path: "p")
    let scalars = Array(text.unicodeScalars)
    func slice(_ p: Provenance) -> String {
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars[p.span.start..<p.span.end])
      return String(s)
    }
    #expect(facts.document.text == text)
    #expect(facts.amounts.map(\.text) == ["$500 billion", "€40 million"])
    #expect(facts.amounts.map { slice($0.provenance) } == facts.amounts.map(\.text))
    #expect(facts.dates.map { slice($0.provenance) } == facts.dates.map(\.text))
    #expect(facts.mentions.map { slice($0.provenance) } == facts.mentions.map(\.text))
    #expect(facts.quotes.map { slice($0.provenance) } == ["We have done the hard work"])
  }
}
