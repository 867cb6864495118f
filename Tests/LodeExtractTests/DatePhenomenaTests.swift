import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// One self-written sentence per phenomenon of the date rules (issue 14). The document date
/// is Wednesday 14 May 2025 unless a test says otherwise.
@Suite struct DatePhenomenaTests {
  static let gazetteer = Gazetteer(ReferenceData.bundled)
  static let wednesday = "2025-05-14"

  /// (text, value) of every date found.
  func dates(_ text: String, on doc: String? = wednesday) -> [String] {
    let a = DocumentAnalysis(doc: "t", text: text, gazetteer: Self.gazetteer)
    return DateExtractor(a, documentDate: doc.flatMap(DateValue.parse)).extract().map { f in
      a.text(a.tokens[f.firstToken].start, a.tokens[f.endToken - 1].end) + "=" + f.value.iso
    }
  }

  @Test func presentPastAndFuture() {
    #expect(
      dates("Prices are now higher and the mine currently employs 300 people.") == [
        "now=PRESENT_REF", "currently=PRESENT_REF",
      ])
    #expect(dates("For today's miners the rules are clearer.") == ["today=PRESENT_REF"])
    #expect(dates("The ministry announced it today.") == ["today=2025-05-14"])
    #expect(
      dates("Such deals failed in the past and may work in the future.") == [
        "the past=PAST_REF", "the future=FUTURE_REF",
      ])
    #expect(
      dates("Output has fallen in recent years but recently recovered.") == [
        "in recent years=PAST_REF", "recently=PAST_REF",
      ])
  }

  @Test func seasonsQuartersHalvesAndFiscalYears() {
    #expect(dates("Drilling stopped last summer.") == ["last summer=2024-SU"])
    #expect(dates("Exports will rise this autumn.") == ["this autumn=2025-FA"])
    #expect(dates("Output rose in the first quarter.") == ["the first quarter=2025-Q1"])
    #expect(dates("Revenue fell in the fourth quarter of 2024.") == ["the fourth quarter of 2024=2024-Q4"])
    #expect(
      dates("Third-quarter profit will rise from the year-earlier quarter.") == [
        "Third-quarter=2025-Q3", "the year-earlier quarter=2024-Q3",
      ])
    // A quarter still to come in a past clause is last year's.
    #expect(dates("Third-quarter profit rose.") == ["Third-quarter=2024-Q3"])
    #expect(dates("The plan covers the first half of 2026.") == ["the first half of 2026=2026-H1"])
    #expect(dates("The fund lost money in fiscal 2024.") == ["fiscal 2024=FY2024"])
    #expect(dates("A quarter of the shares were sold.") == [])
  }

  @Test func weeksDecadesAndCenturies() {
    #expect(dates("The talks stalled last week.") == ["last week=2025-W19"])
    #expect(dates("Nobody has mined here since the 1990s.") == ["1990s=199"])
    #expect(dates("The mines date from the 20th century.") == ["20th century=19"])
    #expect(dates("He moved to Kyiv in his 30s.") == [])
  }

  @Test func yearsAsModifiersAndRanges() {
    #expect(dates("A 2024 report found lithium.") == ["2024=2024"])
    #expect(
      dates("Prices fell in 2009-2010 and again in 1957-58.") == ["2009=2009", "2010=2010", "1957=1957", "58=1958"])
    #expect(dates("The company hired 2000 workers.") == [])
  }

  @Test func aYearAsModifierIsNoAmount() {
    let facts = DocumentExtractor(gazetteer: Self.gazetteer).extract(
      id: "t", path: "t.md", raw: "---\ndate: 2025-05-14\n---\nA 2024 report counted 300 wells.\n")
    #expect(facts.dates.map(\.value.iso) == ["2024"])
    #expect(facts.amounts.map(\.text) == ["300 wells"])
  }

  @Test func tenseChoosesTheYear() {
    #expect(dates("The talks began on March 3.") == ["March 3=2025-03-03"])
    #expect(dates("The summit will be held on March 3.") == ["March 3=2026-03-03"])
    #expect(dates("Shipments resumed in December.") == ["December=2024-12"])
    #expect(dates("Talks will resume in June.") == ["June=2025-06"])
    #expect(dates("The deal expires June 30.") == ["June 30=2025-06-30"])
  }

  @Test func weekdays() {
    #expect(dates("The ministry announced the tender on Friday.") == ["on Friday=2025-05-09"])
    #expect(dates("The ministers will sign the deal on Friday.") == ["on Friday=2025-05-16"])
    #expect(dates("The delegation arrives this coming Friday.") == ["this coming Friday=2025-05-16"])
    #expect(dates("The deal is signed this Friday.") == ["this Friday=2025-05-16"])
    #expect(dates("Officials said on Wednesday that talks went well.") == ["on Wednesday=2025-05-14"])
    #expect(
      dates("They met last Wednesday and meet again next Wednesday.") == [
        "last Wednesday=2025-05-07", "next Wednesday=2025-05-21",
      ])
  }

  @Test func dayFirstBulletAndHeadlineDates() {
    #expect(dates("The tender closed on 8 May.") == ["8 May=2025-05-08"])
    #expect(dates("Ukraine signed on 13 May 2025.") == ["13 May 2025=2025-05-13"])
    #expect(
      dates("Timeline:\n- 8 May: bids opened\n- 13 May 2025: deal signed\n") == [
        "8 May=2025-05-08", "13 May 2025=2025-05-13",
      ])
    #expect(dates("Minerals deal signed April 30, 2025\n\nThe text follows.", on: nil) == ["April 30, 2025=2025-04-30"])
  }

  @Test func datelineIsTheDocumentDate() {
    let facts = DocumentExtractor(gazetteer: Self.gazetteer).extract(
      id: "t", path: "t.txt",
      raw:
        "April 30, 2025 — Ukraine and the US signed the deal on Wednesday. Talks had begun on March 3, 2025 and a review is set for May 20, 2025.\n"
    )
    #expect(facts.document.date?.iso == "2025-04-30")
    #expect(facts.document.dateSource == .inferred)
    #expect(facts.dates.map(\.value.iso) == ["2025-04-30", "2025-04-30", "2025-03-03", "2025-05-20"])
  }

  @Test func holidaysAndAnaphora() {
    #expect(dates("The boat sank on Thanksgiving Day.", on: "2000-01-07") == ["Thanksgiving Day=1999-11-25"])
    #expect(
      dates("He was promoted on May 22, 1995, and the following year he retired.") == [
        "May 22, 1995=1995-05-22", "the following year=1996",
      ])
  }

  @Test func deadlinesAndSubjectsChooseTheWeekday() {
    #expect(dates("Officials postponed the vote until Friday.") == ["Friday=2025-05-16"])
    #expect(dates("Until Friday, they had refused to talk.") == ["Friday=2025-05-09"])
    // No verb before the date in its clause: the verb after it tells, not "will" further on.
    #expect(
      dates("The ministry's announcement Friday of new licences showed that exports will grow.") == [
        "Friday=2025-05-09"
      ])
    // "may have" is a past possibility, no future marker.
    #expect(
      dates("A drop in the price of lithium ore at the exchange in London on Monday may have hurt miners.") == [
        "on Monday=2025-05-12"
      ])
  }

  @Test func futureDateJustBeforeTheDocumentDate() {
    // A future clause naming a day a few days back is this year's (reports are dated late).
    #expect(dates("The ministry must decide by May 12.") == ["May 12=2025-05-12"])
    #expect(dates("The ministry must decide by April 12.") == ["April 12=2026-04-12"])
  }

  @Test func moreVagueAndCountedDates() {
    #expect(dates("The mine will soon reopen, as soon as the road is fixed.") == ["soon=FUTURE_REF"])
    #expect(dates("He was soon released and exports soon became a flood.") == [])
    #expect(dates("Shares were sold at the then current price.") == ["then current=PAST_REF"])
    #expect(dates("At present the mine is closed.") == ["At present=PRESENT_REF"])
    #expect(dates("Two years from now the mine will close.") == ["Two years from now=2027"])
    #expect(dates("Output fell 3% from the previous year.") == ["the previous year=2024"])
    #expect(
      dates("The mine opened in 2019; the previous year it was sold.") == ["2019=2019", "the previous year=2018"])
  }

  @Test func halvesWeeksOfAndBondYears() {
    #expect(dates("Sales rose in the last half of 2024.") == ["the last half of 2024=2024-H2"])
    #expect(dates("Nothing happened in the first half hour.") == [])
    #expect(dates("The court will hear the case the week of June 2.") == ["the week of June 2=2025-W23"])
    #expect(dates("The company sold bonds due 2030 and warrants.") == ["2030=2030"])
  }

  @Test func spokenDaysAndMonthOfYear() {
    #expect(dates("The ministers met on May twelfth.") == ["May twelfth=2025-05-12"])
    #expect(dates("The vote was held on the ninth of May.") == ["the ninth of May=2025-05-09"])
    #expect(dates("The mine closed on the 2nd of May.") == ["the 2nd of May=2025-05-02"])
    #expect(
      dates("The mine closed in January of 2019 and reopened in March of last year.") == [
        "January of 2019=2019-01", "March of last year=2024-03",
      ])
    #expect(dates("Output peaked in the nineteen eighties.") == ["the nineteen eighties=198"])
    #expect(dates("Output peaked in the 1980's.") == ["1980's=198"])
    #expect(dates("Output peaked in the mid-nineties.") == ["the mid-nineties=199"])
    #expect(dates("The mine was dug in the 1870s.") == ["1870s=187"])
  }

  @Test func yearEndsAndYearAgoQuarters() {
    #expect(dates("The sale should close by year-end.") == ["by year-end=2025"])
    #expect(dates("The sale should close by year's end.") == ["by year's end=2025"])
    #expect(dates("The year-end bonus was paid.") == [])
    // One date: the quarter a year back, not this year's third quarter beside it.
    #expect(dates("Profit fell from the year-ago third quarter.") == ["the year-ago third quarter=2024-Q3"])
    // "the quarter" after a year-ago quarter is still the quarter named before.
    #expect(
      dates("Profit rose in the first quarter from the year-earlier quarter, and in the quarter sales grew.")
        == ["the first quarter=2025-Q1", "the year-earlier quarter=2024-Q1", "the quarter=2025-Q1"])
    #expect(dates("Profit in 2023's fourth quarter fell.") == ["2023's fourth quarter=2023-Q4"])
    #expect(dates("The fall in prices hurt miners, who expect a rebound this fall.") == ["this fall=2025-FA"])
  }

  @Test func anaphoraToTheDateNamedLast() {
    #expect(dates("The mine flooded in 2019, and output fell that year.") == ["2019=2019", "that year=2019"])
    #expect(
      dates("The court met on May 2, 2024, and the miners left the next morning.") == [
        "May 2, 2024=2024-05-02", "the next morning=2024-05-03",
      ])
    #expect(
      dates("Profit rose in the first quarter; sales for last year's quarter were lower.")
        == ["the first quarter=2025-Q1", "last year's quarter=2024-Q1"])
    #expect(dates("The post-1991 reforms opened the mines.") == ["1991=1991"])
  }

  @Test func vagueDatesDateNoEvent() {
    let facts = DocumentExtractor(gazetteer: Self.gazetteer).extract(
      id: "t", path: "t.md", raw: "---\ndate: 2025-05-14\n---\nZelensky now wants the deal signed.\n")
    #expect(facts.dates.map(\.value.iso) == ["PRESENT_REF"])
    #expect(facts.events.map { $0.date?.iso ?? "undated" } == ["undated"])
  }
}
