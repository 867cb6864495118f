import FoundationEssentials
import LodeCore
import Testing

@testable import LodeQuery

/// Dates move by durations by the calendar (ISO 8601 / java.time rules), two dates subtract
/// to days, and percents beside plain numbers are their fractions.
@Suite struct DateArithmeticTests {
  static let cases: [IOCase] = [
    IOCase("2025-02-24 + 30d", "2025-03-26"),
    IOCase("2025-02-24 + 2w", "2025-03-10"),
    IOCase("2025-02-24 + 6mo", "2025-08-24"),
    IOCase("2025-02-24 + 1y", "2026-02-24"),
    IOCase("2025-02-24 - 30d", "2025-01-25"),
    IOCase("30 days + 2025-02-24", "2025-03-26"),
    IOCase("2025-01-31 + 1mo", "2025-02-28"),
    IOCase("2024-01-31 + 1mo", "2024-02-29"),
    IOCase("2024-02-29 + 1y", "2025-02-28"),
    IOCase("2025-03-31 - 1mo", "2025-02-28"),
    IOCase("2025-12-15 + 1mo", "2026-01-15"),
    IOCase("2025-01-15 - 1mo", "2024-12-15"),
    IOCase("2024-12-31 + 1d", "2025-01-01"),
    IOCase("2000-02-28 + 1d", "2000-02-29"),
    IOCase("1900-02-28 + 1d", "1900-03-01"),
    IOCase("2025-02 + 1mo", "2025-03"),
    IOCase("2025-02 + 1y", "2026-02"),
    IOCase("date(\"2025\") + 2y", "2027"),
    IOCase("2025-03-26 - 2025-02-24", "30d"),
    IOCase("2025-02-24 - 2025-03-26", "-30d"),
    IOCase("2025-01-01 - 2024-01-01", "366d"),
    IOCase("2w * 2", "28d"),
    IOCase("2w + 3d", "17d"),
    IOCase("6 months", "0.5y"),
    IOCase("500bn / 1bn/yr", "500y"),
    IOCase("1 + 4%", "1.04"),
    IOCase("1 - 4%", "0.96"),
    IOCase("500bn * (1 + 4%)", "$520,000,000,000"),
  ]

  @Test(arguments: cases) func calendar(_ c: IOCase) {
    #expect(show(c.input) == c.output)
  }

  @Test func datesWithoutADayOrFractionsOfAMonthAreRefusedWithAHint() throws {
    let noDay = try #require(diagnostic("2025-02 + 30d"))
    #expect(noDay.id == "query.date.noDay")
    #expect(noDay.span == SourceSpan(0, 13))
    #expect(noDay.hint == "write the date with its day, e.g. 2025-02-01, or add months")
    #expect(diagnostic("2025-W08 + 1d")?.id == "query.date.precision")
    #expect(diagnostic("2025-02 - 2025-01-01")?.id == "query.date.noDay")
    #expect(diagnostic("date(\"2025\") + 6mo")?.id == "query.date.precision")
    #expect(diagnostic("2025-02-24 + 0.1y")?.id == "query.date.fraction")
    #expect(diagnostic("9999-12-31 + 1d")?.id == "query.date.range")
    #expect(diagnostic("500bn + 4%")?.hint == "to grow an amount by a percent, multiply: 500bn * (1 + 4%)")
    #expect(diagnostic("2025-02-24 + 2025-02-24")?.id == "query.type.mismatch")
  }

  @Test func aDurationInDaysIsWrittenInDaysEverywhere() {
    let d = Value.duration(Duration(days: 30))
    #expect(d.formatted() == "30d")
    #expect(JSONWriter.compact(d) == "{\"days\":30}")
    #expect(Printer.literal(d) == "30d")
    #expect(Duration(days: 365) == Duration(years: 1))
    #expect(show("30d = 30 days") == "true")
  }
}
