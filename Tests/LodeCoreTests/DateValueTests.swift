import LodeCore
import Testing

/// Text forms, first days and order of every date precision.
@Suite struct DateValueTests {
  @Test func everyTimeMLFormRoundTrips() {
    let forms = [
      ("2025-02-24", DateValue.Precision.day), ("2025-02", .month), ("2025", .year), ("2025-W09", .week),
      ("2012-SU", .season), ("1990-Q3", .quarter), ("1990-H1", .half), ("FY1990", .fiscalYear), ("199", .decade),
      ("19", .century), ("PRESENT_REF", .present), ("PAST_REF", .past), ("FUTURE_REF", .future),
    ]
    for (text, precision) in forms {
      #expect(DateValue.parse(text)?.iso == text)
      #expect(DateValue.parse(text)?.precision == precision)
    }
    #expect(DateValue.parse("1990-Q5") == nil)
    #expect(DateValue.parse("1990-H3") == nil)
    #expect(DateValue.parse("1990-XX") == nil)
  }

  @Test func periodsStartOnTheirFirstDay() {
    #expect(DateValue.parse("2025-W01")?.firstDay.map { "\($0.year)-\($0.month)-\($0.day)" } == "2024-12-30")
    #expect(DateValue.parse("1990-Q3")?.firstDay.map { "\($0.month)-\($0.day)" } == "7-1")
    #expect(DateValue.parse("2012-WI")?.firstDay.map { "\($0.year)-\($0.month)" } == "2012-12")
    #expect(DateValue.parse("2012-WI")?.endKey == 20130231)
    #expect(DateValue.parse("199")?.firstDay.map { "\($0.year)-\($0.month)" } == "1990-1")
    #expect(DateValue.parse("19")?.endKey == 19991231)
    #expect(DateValue.present.firstDay == nil)
    #expect(DateValue.present.isVague && !DateValue(year: 2025).isVague)
  }

  @Test func orderIsByFirstDayThenWiderFirstWithVagueDatesLast() {
    let texts = [
      "FUTURE_REF", "2025-Q2", "2025-04", "2025", "20", "PAST_REF", "2025-W14", "PRESENT_REF", "202", "2025-SP",
      "2025-03-31",
    ]
    let sorted = texts.compactMap(DateValue.parse).sorted().map(\.iso)
    // Week 14 of 2025 starts on Monday 31 March: the week before that day, then the quarter.
    #expect(
      sorted == [
        "20", "202", "2025", "2025-SP", "2025-W14", "2025-03-31", "2025-Q2", "2025-04", "PAST_REF", "PRESENT_REF",
        "FUTURE_REF",
      ])
  }

  @Test func fiscalYearsAndHalvesSortAtTheirCalendarStart() {
    let sorted = ["1990-Q3", "1990-H2", "1990", "1990-H1", "FY1990", "1989-12"].compactMap(DateValue.parse).sorted()
    #expect(sorted.map(\.iso) == ["1989-12", "FY1990", "1990", "1990-H1", "1990-H2", "1990-Q3"])
    #expect(DateValue.parse("FY1990")?.endKey == 19901231)
    #expect(DateValue.parse("1990-H2")?.endKey == 19901231)
  }

  @Test func onlyCalendarDatesBecomeApproximate() {
    #expect(DateValue(year: 2025).approximate().precision == .approx)
    #expect(DateValue(.quarter, year: 2025, part: 1).approximate().precision == .quarter)
    #expect(DateValue.present.approximate().precision == .present)
  }
}
