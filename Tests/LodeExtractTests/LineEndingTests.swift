import Foundation
import LodeExtract
import LodeModel
import Testing

/// A file saved with Windows line endings says the same as with Unix ones: every article
/// of the test set, converted to CRLF, gives the same quotes, event summaries, amounts and
/// dates (only the spans move, by the carriage returns before them).
@Suite struct LineEndingTests {
  static let extractor = DocumentExtractor(gazetteer: Gazetteer(ReferenceData.bundled))

  static var articles: [(name: String, text: String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixture.articles.path)) ?? []
    return names.sorted().compactMap { name in
      (try? String(contentsOf: Fixture.articles.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
    }
  }

  @Test func crlfArticlesGiveTheSameFacts() {
    let articles = Self.articles
    #expect(articles.count >= 6)
    for (name, text) in articles {
      let lf = Self.extractor.extract(id: name, path: name, raw: text)
      let crlf = Self.extractor.extract(id: name, path: name, raw: text.replacingOccurrences(of: "\n", with: "\r\n"))
      #expect(crlf.quotes.map(\.text) == lf.quotes.map(\.text), "\(name): quote texts")
      #expect(crlf.quotes.map { $0.speaker ?? "-" } == lf.quotes.map { $0.speaker ?? "-" }, "\(name): speakers")
      #expect(crlf.events.map(\.summary) == lf.events.map(\.summary), "\(name): event summaries")
      #expect(crlf.amounts.map(\.text) == lf.amounts.map(\.text), "\(name): amounts")
      #expect(crlf.dates.map(\.value) == lf.dates.map(\.value), "\(name): dates")
      #expect(
        !crlf.quotes.contains { $0.text.contains("\r") } && !crlf.events.contains { $0.summary.contains("\r") },
        "\(name)")
    }
  }
}
