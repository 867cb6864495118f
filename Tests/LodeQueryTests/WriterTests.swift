import LodeCore
import Testing

let writerTable = Table(
  schema: Schema([.init("name"), .init("amount", .money), .init("share", .percent), .init("doc", hidden: true)]),
  rows: [
    [.string("a, \"b\""), .money(Money(500_000_000_000)), .percent(0.5), .string("d1")],
    [.string("x|y"), .money(Money(1_200_000, "EUR", perYear: true)), .null, .date(DateValue(year: 2025, month: 2))],
  ])

@Test func jsonKeepsExactDecimalsAndHiddenColumns() {
  #expect(JSONWriter.write(.table(writerTable)) == """
    [
      {"name":"a, \\"b\\"","amount":{"amount":"500000000000","currency":"USD"},"share":"0.5","doc":"d1"},
      {"name":"x|y","amount":{"amount":"1200000","currency":"EUR","per_year":true},"share":null,"doc":"2025-02"}
    ]
    """)
  #expect(JSONWriter.write(.table(Table(columns: ["a"]))) == "[]")
  #expect(JSONWriter.write(.duration(Duration(years: 30))) == "\"30\"")
  #expect(JSONWriter.write(.string("line\nbreak\u{1}")) == "\"line\\nbreak\\u0001\"")
  #expect(JSONWriter.write(.list([.bool(true), .null])) == "[true,null]")
}

@Test func csvQuotesWhereNeeded() {
  #expect(CSVWriter.write(.table(writerTable)) == #"""
    name,amount,share,doc
    "a, ""b""",500000000000,50%,d1
    x|y,1200000 EUR/yr,,2025-02
    """#)
  #expect(CSVWriter.write(.record(Record(["k": .int(1)]))) == "field,value\nk,1")
}

@Test func markdownShowsVisibleColumnsFormatted() {
  #expect(MarkdownWriter.write(.table(writerTable)) == """
    | name | amount | share |
    | --- | ---: | ---: |
    | a, "b" | $500,000,000,000 | 50% |
    | x\\|y | €1,200,000/yr |  |
    """)
}
