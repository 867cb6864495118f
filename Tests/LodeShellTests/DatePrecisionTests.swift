import Foundation
import LodeCore
import LodeSession
import LodeTestSupport
import Testing

@testable import LodeShell

/// The new date precisions (season, quarter, decade, week, vague) through the real pipeline:
/// extraction, the JSON contract, sorting, filtering, the timeline's range and its chart.
@Suite struct DatePrecisionTests {
  static let article = """
    ---
    title: Periods
    date: 2025-05-14
    ---
    Zelensky signed the deal on May 2, 2025.
    Trump said exports fell in the first quarter of 2025.
    Zelensky said the mines were opened in the 1990s.
    Trump said the plan covers the summer of 2025.
    Zelensky now wants the deal ratified.
    Trump met investors in 2025-W20.

    """

  func run(_ lines: [String], format: OutputFormat = .table) throws -> [String] {
    let dir = try TemporaryDirectory()
    try Self.article.write(toFile: dir.path + "/periods.md", atomically: true, encoding: .utf8)
    let shell = Shell(options: ShellOptions(format: format, seeds: dir.path, width: 200, maxRows: nil))
    return lines.map { shell.run($0).output }
  }

  @Test func jsonCarriesTheTimeMLValueAndPrecision() throws {
    let out = try run(["dates | select text, value, precision"], format: .jsonl)[0]
    #expect(
      out == """
        {"text":"May 2, 2025","value":"2025-05-02","precision":"day"}
        {"text":"the first quarter of 2025","value":"2025-Q1","precision":"quarter"}
        {"text":"1990s","value":"199","precision":"decade"}
        {"text":"the summer of 2025","value":"2025-SU","precision":"season"}
        {"text":"now","value":"PRESENT_REF","precision":"present"}
        {"text":"2025-W20","value":"2025-W20","precision":"week"}

        """)
  }

  @Test func sortingPutsEachPeriodAtItsFirstDayAndVagueDatesLast() throws {
    let out = try run(["dates | sort value | select value"], format: .csv)[0]
    // 1990s (1990-01-01) < Q1 (2025-01-01) < 2 May < week 20 (12 May) < summer (1 June) < now
    #expect(
      out.split(separator: "\n").map(String.init) == [
        "value", "199", "2025-Q1", "2025-05-02", "2025-W20", "2025-SU", "PRESENT_REF",
      ])
  }

  @Test func filtersCompareByFirstDayAndNeverMatchAVagueDate() throws {
    let out = try run(
      [
        "dates | where value >= 2025-05-10 | select value",
        "dates | where value < 2025-05-10 | select value",
        "dates | where precision = \"present\" | count",
        "dates | where value = date(\"2025-Q1\") | select text",
      ], format: .csv)
    #expect(out[0] == "value\n2025-SU\n2025-W20\n")
    #expect(out[1] == "value\n2025-05-02\n2025-Q1\n199\n")
    #expect(out[2] == "1\n")
    #expect(out[3] == "text\nthe first quarter of 2025\n")
  }

  @Test func aVagueDateDatesNoEventAndRangesUseFirstDays() throws {
    let out = try run(
      [
        "timeline | select date, mark",
        "timeline from 2025-01 to 2025-03 | select date",
      ], format: .csv)
    #expect(out[0] == "date,mark\n199,\n2025-Q1,\n2025-05-02,\n2025-W20,\n2025-SU,\n,undated\n")
    #expect(out[1] == "date\n2025-Q1\n")
  }

  @Test func chartCountsAPeriodAtItsStart() throws {
    let out = try run(["timeline chart | where events > 0 | select period, events"], format: .csv)[0]
    #expect(out == "period,events\n1990,1\n2025,4\nundated,1\n")
  }
}
