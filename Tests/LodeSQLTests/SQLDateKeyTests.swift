import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeSQL

/// `SQLDateKey` orders date texts as lode orders the dates (`DateValue.<`), checked by
/// running its SQL in the real `sqlite3` shell over every form `lode extract` writes.
@Suite struct SQLDateKeyTests {
  static let texts = [
    "2025-02-24", "2025-02", "2025", "2025-W01", "2024-W01", "2020-W53", "2021-W01", "2024-12-30",
    "2025-W28", "2025-07-07", "2025-SP", "2025-SU", "2025-FA", "2025-WI", "2025-12", "2025-Q1", "2025-Q4",
    "2025-H1", "2025-H2", "FY2025", "198", "19", "20", "2000", "PAST_REF", "PRESENT_REF", "FUTURE_REF",
    "1999-12-31", "2025-01-01",
  ]

  @Test func sqliteOrdersTheTextsAsLodeOrdersTheDates() throws {
    let sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let path = try #require(sqlite, "sqlite3 is installed (scripts/test installs it)")
    let dates = try Self.texts.map { text in try #require(DateValue.parse(text), "\(text) parses") }
    #expect(dates.map(\.iso) == Self.texts)
    let rows = Self.texts.map { "SELECT '\($0)' AS \"v\"" }.joined(separator: " UNION ALL ")
    let key = SQLDateKey(dialect: .sqlite, v: "t1.\"v\"", n: 0)
    let parts = SQLDateKey(dialect: .sqlite, v: "t2.\"v\"", n: 0).partColumns(rank: "t2.\"_r0\"")
    let terms = key.terms("t3").map { $0 + " ASC NULLS FIRST" }
    let sql =
      "SELECT t3.\"v\" FROM (SELECT t2.*, \(parts.joined(separator: ", ")) FROM (SELECT t1.*, \(key.rankColumn) FROM (\(rows)) t1) t2) t3 "
      + "ORDER BY \(terms.joined(separator: ", ")), t3.\"v\";\n"
    let r = try CommandResult.run(path, [":memory:"], input: sql, environment: ProcessInfo.processInfo.environment)
    #expect(r.status == 0, "\(r.stderr)")
    let lode = zip(Self.texts, dates).sorted { a, b in a.1 < b.1 || (!(b.1 < a.1) && a.0 < b.0) }.map(\.0)
    #expect(r.stdout.split(separator: "\n").map(String.init) == lode)
  }
}
