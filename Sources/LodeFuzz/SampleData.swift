import Foundation
import LodeCore

/// The variables the query target runs against: a small table with one column of each
/// type (nulls included, one hidden column) and a few scalars.
enum SampleData {
  static let table = Table(
    schema: Schema([
      .init("n", .number), .init("name", .string), .init("amount", .money),
      .init("share", .percent), .init("when", .date), .init("term", .duration),
      .init("ok", .bool), .init("doc", .string, hidden: true),
    ]),
    rows: [
      row(1, "Zelensky", Money(500_000_000_000), 0.5, DateValue(year: 2025, month: 2, day: 24), 10, true, "a"),
      row(
        2, "Київ", Money(Decimal(string: "1.5") ?? 1, "EUR", perYear: true), 0.25, DateValue(year: 2025), 30, false, "b"
      ),
      [.int(3), .string(""), .null, .null, .null, .null, .null, .string("a")],
      row(-4, "lithium", Money(-2, "UAH"), 1.25, DateValue(year: 2024, week: 9), 0, true, "c"),
    ])

  static let variables: [String: Value] = [
    "t": .table(table),
    "x": .int(42),
    "s": .string("graphite"),
    "l": .list([.int(1), .string("b"), .null]),
  ]

  static func row(
    _ n: Int, _ name: String, _ amount: Money, _ share: Decimal, _ when: DateValue, _ years: Decimal,
    _ ok: Bool, _ doc: String
  ) -> [Value] {
    [
      .int(n), .string(name), .money(amount), .percent(share), .date(when),
      .duration(Duration(years: years)), .bool(ok), .string(doc),
    ]
  }
}
