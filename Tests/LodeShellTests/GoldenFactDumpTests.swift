import Foundation
import LodeCore
import LodeModel
import LodeSession
import Testing

@testable import LodeShell

/// Every fact lode extracts from the test articles and the bundled seeds, in a stable text
/// form kept under `Golden/`: each table as JSON lines, then `why` for every quote. A rule
/// change that alters any output shows as a diff of these files in review, and "output
/// unchanged" is this test passing. `LODE_RECORD=1 swift test --filter GoldenFactDumpTests`
/// rewrites them; read the diff before committing it.
@Suite struct GoldenFactDumpTests {
  static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let golden = here.appendingPathComponent("Golden")
  static let articles = here.deletingLastPathComponent()
    .appendingPathComponent("LodeExtractTests/Articles")

  /// The tables dumped, in order: corpus-derived rows only (reference rows that nothing
  /// mentions are left out, so a dump changes only when extraction does).
  static let tables = [
    "documents", "sentences", "quotes", "amounts", "dates", "events",
    "timeline | select id, date, precision, order",
    "people | where mentions > 0 or discovered", "orgs | where mentions > 0 or discovered",
    "regions | where mentions > 0", "minerals | where mentions > 0", "speakers",
  ]

  static var articleNames: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
  }

  /// The dump of one corpus: `seeds` nil is the bundled seeds.
  static func dump(seeds: String?) -> String {
    let shell = Shell(
      options: ShellOptions(format: .jsonl, seeds: seeds, width: 1000, maxRows: nil))
    var out = ""
    for table in tables {
      out += "## \(table)\n" + shell.run(table).output
    }
    _ = shell.run(":format table")
    let ids = shell.context.corpus.quotes.map(\.id)
    for id in ids {
      out += "## why \(id)\n" + shell.run("why \(id)").output
    }
    if let seeds { out = out.replacingOccurrences(of: seeds, with: "<article>") }
    return out
  }

  static func check(_ name: String, _ actual: String) throws {
    let file = golden.appendingPathComponent(name + ".golden")
    if ProcessInfo.processInfo.environment["LODE_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    if expected == actual { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let i = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
    let want = i < e.count ? String(e[i]) : "<end>"
    let got = i < a.count ? String(a[i]) : "<end>"
    Issue.record(
      "\(name): line \(i + 1) differs\n  golden: \(want)\n  now:    \(got)\n(LODE_RECORD=1 swift test --filter GoldenFactDumpTests re-records)"
    )
  }

  @Test(arguments: articleNames) func article(_ name: String) throws {
    try Self.check(name, Self.dump(seeds: Self.articles.appendingPathComponent(name).path))
  }

  @Test func bundledSeeds() throws {
    try Self.check("bundled-seeds", Self.dump(seeds: nil))
  }

  @Test(.disabled(if: ProcessInfo.processInfo.environment["LODE_RECORD"] == "1", "files are being written"))
  func everyGoldenFileHasItsArticle() throws {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.golden.path)) ?? []
    let expected = (Self.articleNames + ["bundled-seeds"]).map { $0 + ".golden" }.sorted()
    #expect(files.filter { $0.hasSuffix(".golden") }.sorted() == expected)
  }
}
