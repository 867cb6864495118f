import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// One self-written sentence per phenomenon of the third round of date rules (issue 14): what
/// a date without a year or count is anchored to. The document date is Wednesday 14 May 2025
/// unless a test says otherwise.
@Suite struct DateReferenceTests {
  static let gazetteer = Gazetteer(ReferenceData.bundled)

  /// (text, value) of every date found.
  func dates(_ text: String, on doc: String = "2025-05-14") -> [String] {
    let a = DocumentAnalysis(doc: "t", text: text, gazetteer: Self.gazetteer)
    return DateExtractor(a, documentDate: DateValue.parse(doc)).extract().map { f in
      a.text(a.tokens[f.firstToken].start, a.tokens[f.endToken - 1].end) + "=" + f.value.iso
    }
  }

  @Test func anUntensedMonthAheadMustBeMuchNearer() {
    // Nine months back beats three months ahead; three weeks ahead beats eleven months back.
    #expect(dates("Analysts studied the January figures.", on: "2025-10-20") == ["January=2025-01"])
    #expect(dates("Analysts studied the January figures.", on: "2025-12-10") == ["January=2026-01"])
  }

  @Test func aQuarterEndedInAMonthIsTheQuarterOfItsMiddleMonth() {
    #expect(dates("Profit rose in the quarter ended July 31.") == ["the quarter=2024-Q2", "July 31=2024-07-31"])
    #expect(dates("Profit rose in the quarter ended Oct. 1.") == ["the quarter=2024-Q3", "Oct. 1=2024-10-01"])
  }

  @Test func quartersAndHalvesOfANamedYear() {
    #expect(dates("Sales rose in the first half of the year.") == ["the first half of the year=2025-H1"])
    #expect(dates("Sales fell in the third quarter of last year.") == ["the third quarter of last year=2024-Q3"])
    // "the period from … to …" is no quarter, even after one.
    #expect(
      dates("Profit rose in the first quarter. The period from 2019 to 2021 was calm.") == [
        "the first quarter=2025-Q1", "2019=2019", "2021=2021",
      ])
  }

  @Test func aQuarterStillAheadIsLastYearsUnlessTheClauseLooksAhead() {
    #expect(dates("The third-quarter loss widened.") == ["The third-quarter=2024-Q3"])
    #expect(dates("Analysts expect a third-quarter loss.") == ["third-quarter=2025-Q3"])
  }

  @Test func partsOfTheMonthAndWeek() {
    #expect(dates("The ministry will decide by the end of the month.") == ["the end of the month=2025-05"])
    #expect(dates("He arrived at the start of the week.") == ["the start of the week=2025-W20"])
    // "the end of the day" is an idiom, no date.
    #expect(dates("At the end of the day, the deal matters.") == [])
  }

  @Test func earlierOrLaterInTheDayIsTheDayNamedLast() {
    #expect(
      dates("Talks ended on May 2, 2024; later in the day the miners left.") == [
        "May 2, 2024=2024-05-02", "later in the day=2024-05-02",
      ])
    #expect(
      dates("The mine flooded on May 2, 2024. Earlier that day, pumps had failed.") == [
        "May 2, 2024=2024-05-02", "Earlier that day=2024-05-02",
      ])
    // With no day named before, "in the day" is the document's day and "that day" nothing.
    #expect(dates("Later in the day the minister resigned.") == ["Later in the day=2025-05-14"])
    #expect(dates("Earlier that day, pumps had failed.") == [])
  }

  @Test func uncountedAgoIsThePast() {
    #expect(
      dates("The mine closed several years ago and reopened a few months ago.") == [
        "several years ago=PAST_REF", "a few months ago=PAST_REF",
      ])
    #expect(dates("The pits were dug a couple of decades earlier.") == ["a couple of decades earlier=PAST_REF"])
    #expect(dates("Output peaked a quarter ago.") == ["a quarter ago=2025-Q1"])
  }

  @Test func countedFromToday() {
    #expect(dates("The vote is two weeks from today.") == ["two weeks from today=2025-W22"])
  }

  @Test func previousAndPastWeekdaysLookBack() {
    #expect(dates("They had met the previous Friday.") == ["previous Friday=2025-05-09"])
    #expect(dates("They met this past Monday.") == ["past Monday=2025-05-12"])
  }

  @Test func thisPastSeasonIsTheLatestOver() {
    #expect(dates("Prices fell this past summer.") == ["this past summer=2024-SU"])
    #expect(dates("Prices fell this past summer.", on: "2025-10-01") == ["this past summer=2025-SU"])
    // "last summer" stays the year before's, as annotators read it.
    #expect(dates("Prices fell last summer.", on: "2025-10-01") == ["last summer=2024-SU"])
  }

  @Test func theTimetablePresentLooksAhead() {
    #expect(dates("The ministers meet separately Monday with the envoy.") == ["Monday=2025-05-19"])
    #expect(dates("Talks resume in June.", on: "2025-08-20") == ["June=2026-06"])
    #expect(dates("The ministers did not meet Monday.") == ["Monday=2025-05-12"])
  }

  @Test func theEndsOfARangeKeepTheirOrder() {
    // Read in February, a past January-to-March is last year's.
    #expect(
      dates("From January to March output fell.", on: "1998-02-13") == ["January=1997-01", "March=1997-03"])
    #expect(
      dates("Output fell between Dec. 20 and Jan. 5.", on: "2025-05-14") == [
        "Dec. 20=2024-12-20", "Jan. 5=2025-01-05",
      ])
    // Only the second end has a year: the first takes it (the year before if it falls later).
    #expect(dates("Output fell in May and June 2019.") == ["May=2019-05", "June 2019=2019-06"])
    #expect(
      dates("The strike lasted from December to Feb. 3, 2019.") == ["December=2018-12", "Feb. 3, 2019=2019-02-03"])
    #expect(
      dates("The hearings were held September 14 and 18, 2019.") == [
        "September 14=2019-09-14", "18, 2019=2019-09-18",
      ])
    // Weekdays keep their own days.
    #expect(dates("The mine was shut from Monday to Tuesday.") == ["Monday=2025-05-12", "Tuesday=2025-05-13"])
    // A list is no range.
    #expect(dates("Output fell in March and January.", on: "2025-02-10") == ["March=2024-03", "January=2025-01"])
  }
}
