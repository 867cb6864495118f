import Foundation
import LodeCore

/// `date ± duration` and `date - date`, by the calendar (`DateValue+Calendar`): durations
/// counted in days need a date with a day; months and years keep the date's precision.
enum DateArithmetic {
  static func add(
    _ date: DateValue, _ d: Duration, negate: Bool, _ site: Site
  ) throws(Diagnostic)
    -> Value
  {
    let sign = negate ? -1 : 1
    guard [.day, .month, .year].contains(date.precision) else {
      throw Diagnostic(
        .type, id: "query.date.precision",
        "cannot move \(date.iso) by a duration: it is a \(date.precision.rawValue), not a day, month or year",
        span: site.span, hint: "write the day, month or year, e.g. \(date.year)-01-01")
    }
    let moved: DateValue?
    switch d.calendar {
    case .days(let n):
      guard date.day != nil else {
        throw Diagnostic(
          .type, id: "query.date.noDay", "cannot add days to \(date.iso), which has no day",
          span: site.span, hint: "write the date with its day, e.g. \(example(date)), or add months")
      }
      moved = date.adding(days: sign * n)
    case .months(let n):
      guard date.week == nil, date.month != nil || n % 12 == 0 else {
        throw Diagnostic(
          .type, id: "query.date.precision",
          "cannot add \(Printer.literal(.duration(d))) to \(date.iso) at its precision",
          span: site.span, hint: "a year moves by whole years; give the month, e.g. \(date.year)-01")
      }
      moved = date.adding(months: sign * n)
    case nil:
      throw Diagnostic(
        .type, id: "query.date.fraction",
        "cannot add \(Printer.literal(.duration(d))) to a date: it is not a whole number of days or months",
        span: site.span, hint: "write the duration in days, weeks, months or years, e.g. 30d or 6mo")
    }
    guard let moved else {
      throw Diagnostic(
        .runtime, id: "query.date.range", "the date falls outside the years 1–9999", span: site.span)
    }
    return .date(moved)
  }

  /// The days from `b` to `a`, as a duration counted in days.
  static func difference(_ a: DateValue, _ b: DateValue, _ site: Site) throws(Diagnostic) -> Value {
    guard let x = a.dayNumber, let y = b.dayNumber else {
      let bare = a.day == nil ? a : b
      throw Diagnostic(
        .type, id: "query.date.noDay", "cannot count the days to or from \(bare.iso), which has no day",
        span: site.span, hint: "write both dates with their day, e.g. \(example(bare))")
    }
    return .duration(Duration(days: x - y))
  }

  static func example(_ d: DateValue) -> String {
    DateValue(year: d.year, month: d.month ?? 1, day: 1).iso
  }
}
