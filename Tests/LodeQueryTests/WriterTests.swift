import Foundation
import LodeCore
import Testing

let writerTable = Table(
  schema: Schema([.init("name"), .init("amount", .money), .init("share", .percent), .init("doc", hidden: true)]),
  rows: [
    [.string("a, \"b\""), .money(Money(500_000_000_000)), .percent(0.5), .string("d1")],
    [.string("x|y"), .money(Money(1_200_000, "EUR", perYear: true)), .null, .date(DateValue(year: 2025, month: 2))],
  ])

@Test func jsonKeepsExactDecimalsAndHiddenColumns() {
  #expect(
    JSONWriter.write(.table(writerTable)) == """
      [
        {"name":"a, \\"b\\"","amount":{"amount":500000000000,"currency":"USD"},"share":0.5,"doc":"d1"},
        {"name":"x|y","amount":{"amount":1200000,"currency":"EUR","per":"year"},"share":null,"doc":"2025-02"}
      ]
      """)
  #expect(JSONWriter.write(.table(Table(columns: ["a"]))) == "[]")
  #expect(JSONWriter.write(.duration(Duration(years: 30))) == "{\"years\":30}")
  #expect(JSONWriter.write(.string("line\nbreak\u{1}")) == "\"line\\nbreak\\u0001\"")
  #expect(JSONWriter.write(.list([.bool(true), .null])) == "[true,null]")
}

@Test func csvQuotesWhereNeeded() {
  #expect(
    CSVWriter.write(.table(writerTable)) == #"""
      name,amount,amount_currency,amount_per,share,doc
      "a, ""b""",500000000000,USD,,50%,d1
      x|y,1200000,EUR,year,,2025-02
      """#)
  #expect(CSVWriter.write(.record(Record(["k": .int(1)]))) == "field,value\nk,1")
}

@Test func markdownShowsVisibleColumnsFormatted() {
  #expect(
    MarkdownWriter.write(.table(writerTable)) == """
      | name | amount | share |
      | --- | ---: | ---: |
      | a, "b" | $500,000,000,000 | 50% |
      | x\\|y | €1,200,000/yr |  |
      """)
}

@Test func jsonNumbersKeepEveryDigitAndNeverAnExponent() {
  #expect(
    JSONWriter.compact(.number(Decimal(string: "0.0000000000000000000000000001")!)) == "0.0000000000000000000000000001")
  #expect(JSONWriter.compact(.number(Decimal(1) / Decimal(3))) == "0.33333333333333333333333333333333333333")
  #expect(JSONWriter.compact(.number(Decimal(string: "1e30")!)) == "1000000000000000000000000000000")
  #expect(JSONWriter.compact(.number(-0.5)) == "-0.5")
  #expect(JSONWriter.compact(.number(.nan)) == "null")
  #expect(JSONWriter.compact(.percent(0.04)) == "0.04")
  #expect(JSONWriter.compact(.duration(Duration(years: 0.5))) == "{\"years\":0.5}")
}

@Test func jsonLinesWriteOneRowALine() {
  #expect(
    JSONWriter.lines(.table(writerTable)) == """
      {"name":"a, \\"b\\"","amount":{"amount":500000000000,"currency":"USD"},"share":0.5,"doc":"d1"}
      {"name":"x|y","amount":{"amount":1200000,"currency":"EUR","per":"year"},"share":null,"doc":"2025-02"}

      """)
  #expect(JSONWriter.lines(.table(Table(columns: ["a"]))) == "")
  #expect(JSONWriter.lines(.list([.int(1), .string("x")])) == "1\n\"x\"\n")
  #expect(JSONWriter.lines(.int(7)) == "7\n")
}

@Test func csvKeepsEveryMoneyCurrencyInAColumnOfItsOwn() {
  #expect(CSVWriter.write(.money(Money(250_000_000_000))) == "250000000000,USD")
  #expect(CSVWriter.write(.money(Money(2_000_000_000, perYear: true))) == "2000000000,USD,year")
  #expect(
    CSVWriter.write(.record(Record(fields: ["principal", "n"], values: [.money(Money(5, "EUR")), .int(2)])))
      == "field,value\nprincipal,5\nprincipal_currency,EUR\nn,2")
  #expect(CSVWriter.write(.list([.money(Money(1)), .null])) == "value,value_currency\n1,USD\n,")
}

/// A CRLF is one Character in Swift, equal to neither "\r" nor "\n": the cell must still
/// be quoted, or the line break splits the row.
@Test func csvQuotesCellsWithLineBreaksOfEveryKind() {
  #expect(CSVWriter.cell("a\r\nb") == "\"a\r\nb\"")
  #expect(CSVWriter.cell("a\rb") == "\"a\rb\"")
  #expect(CSVWriter.cell("a\nb") == "\"a\nb\"")
  #expect(CSVWriter.cell("é,x") == "\"é,x\"")
  #expect(CSVWriter.cell("plain é") == "plain é")
  #expect(CSVWriter.cell(" edge") == "\" edge\"")
}
