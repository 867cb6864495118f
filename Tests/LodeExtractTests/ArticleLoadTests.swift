import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// Article JSON lines load like files: the test articles written as lines (front matter as
/// fields, the body as text) give the same corpus as the files themselves.
@Suite struct ArticleLoadTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("article-load-\(UUID().uuidString)").path

  func write(_ lines: [String], name: String = "a.jsonl") throws -> String {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + name
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func line(_ fields: [String: Any]) -> String {
    String(
      decoding: (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
  }

  @Test func theTestArticlesAsLinesGiveTheSameCorpusAsTheFiles() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.articles.path).sorted()
    let lines = try names.map { name -> String in
      let raw = try String(contentsOf: Fixture.articles.appendingPathComponent(name), encoding: .utf8)
      let fm = FrontMatter(parsing: raw)
      var fields: [String: Any] = fm.fields.filter { ["title", "date", "source", "url"].contains($0.key) }
      fields["id"] = (name as NSString).deletingPathExtension
      fields["text"] = fm.body
      return Self.line(fields)
    }
    let (lines_, warnings) = CorpusLoader().load(paths: [try write(lines)])
    let (files, _) = CorpusLoader().load(paths: [Fixture.articles.path])
    #expect(warnings.isEmpty)
    #expect(names.count >= 9 && lines_.documents.count == names.count)
    #expect(lines_.documents.map(\.id) == files.documents.map(\.id))
    #expect(lines_.documents.map(\.title) == files.documents.map(\.title))
    #expect(lines_.documents.map(\.date) == files.documents.map(\.date))
    #expect(lines_.documents.map(\.text) == files.documents.map(\.text))
    #expect(lines_.quotes == files.quotes)
    #expect(lines_.amounts == files.amounts)
    #expect(lines_.dates == files.dates)
    #expect(lines_.events == files.events)
    #expect(lines_.mentions == files.mentions)
    #expect(lines_.people == files.people)
  }

  @Test func badLinesAreWarnedRepeatedIdsNumberedAndFilesLoadBeside() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try write([
      Self.line(["id": "x", "text": "Trump said the U.S. had given Ukraine $350 billion."]), "{oops",
      Self.line(["id": "x", "text": "Officials said 12 mines were open."]), Self.line(["id": "y"]),
    ])
    let other = folder + "/x.txt"
    try Data("Zelensky said Ukraine would not sign.".utf8).write(to: URL(fileURLWithPath: other))
    let (corpus, warnings) = CorpusLoader().load(paths: [path, other])
    #expect(corpus.documents.map(\.id) == ["x", "x-2", "x-3"])
    #expect(corpus.documents.map(\.path) == [path, path, other])
    #expect(warnings.map(\.message) == ["skipped \(path):2: not valid JSON", "skipped \(path):4: no \"text\" string"])
    #expect(corpus.amounts.map(\.text) == ["$350 billion", "12 mines"])
  }
}
