import Foundation
import LodeCore
import Testing

@testable import LodeQuery

struct LexCase: Sendable, CustomStringConvertible {
  var input: String
  var expected: Token.Kind
  var description: String { input }
}

func dec(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? 0 }

let literalCases: [LexCase] = [
  LexCase(input: "42", expected: .number(42)),
  LexCase(input: "1_000_000", expected: .number(1_000_000)),
  LexCase(input: "3.25", expected: .number(dec("3.25"))),
  LexCase(input: "$500bn", expected: .money(Money(500_000_000_000))),
  LexCase(input: "$1.2m", expected: .money(Money(1_200_000))),
  LexCase(input: "€1.2m", expected: .money(Money(1_200_000, "EUR"))),
  LexCase(input: "£3k", expected: .money(Money(3_000, "GBP"))),
  LexCase(input: "₴40bn", expected: .money(Money(40_000_000_000, "UAH"))),
  LexCase(input: "500 billion USD", expected: .money(Money(500_000_000_000))),
  LexCase(input: "350 billion dollars", expected: .money(Money(350_000_000_000))),
  LexCase(input: "UAH 40bn", expected: .money(Money(40_000_000_000, "UAH"))),
  LexCase(input: "1bn USD", expected: .money(Money(1_000_000_000))),
  LexCase(input: "1bn EUR", expected: .money(Money(1_000_000_000, "EUR"))),
  LexCase(input: "2tn", expected: .money(Money(2_000_000_000_000))),
  LexCase(input: "5 million", expected: .money(Money(5_000_000))),
  LexCase(input: "2bn/yr", expected: .money(Money(2_000_000_000, perYear: true))),
  LexCase(input: "$3m/year", expected: .money(Money(3_000_000, perYear: true))),
  LexCase(input: "50%", expected: .percent(dec("0.5"))),
  LexCase(input: "2.5%", expected: .percent(dec("0.025"))),
  LexCase(input: "30y", expected: .duration(Duration(months: 360))),
  LexCase(input: "30yr", expected: .duration(Duration(years: 30))),
  LexCase(input: "30 years", expected: .duration(Duration(years: 30))),
  LexCase(input: "6mo", expected: .duration(Duration(years: dec("0.5")))),
  LexCase(input: "2w", expected: .duration(Duration(days: 14))),
  LexCase(input: "30d", expected: .duration(Duration(days: 30))),
  LexCase(input: "3 weeks", expected: .duration(Duration(days: 21))),
  LexCase(input: "2025-02-24", expected: .date(DateValue(year: 2025, month: 2, day: 24))),
  LexCase(input: "2025-02", expected: .date(DateValue(year: 2025, month: 2))),
  LexCase(input: "2025-W08", expected: .date(DateValue(year: 2025, week: 8))),
  LexCase(input: "2025", expected: .number(2025)),
  LexCase(input: "\"a \\\"b\\\"\"", expected: .string("a \"b\"")),
  LexCase(input: "'single'", expected: .string("single")),
  LexCase(input: "$total", expected: .variable("total")),
  LexCase(input: "who-said", expected: .identifier("who-said")),
  LexCase(input: "Дніпро", expected: .identifier("Дніпро")),
  LexCase(input: "--growth", expected: .flag("growth")),
]

@Test(arguments: literalCases)
func lexesOneLiteral(_ c: LexCase) {
  let (tokens, problems) = Lexer.tokenize(c.input)
  #expect(problems.isEmpty)
  #expect(tokens.count == 2)
  #expect(tokens.first?.kind == c.expected)
  #expect(tokens.first?.span == SourceSpan(0, c.input.unicodeScalars.count))
}

@Test func lexesOperatorsAndSpans() {
  let (tokens, problems) = Lexer.tokenize("a<=b != c ~ \"x\" | d")
  #expect(problems.isEmpty)
  #expect(tokens.map(\.text) == ["a", "<=", "b", "!=", "c", "~", "\"x\"", "|", "d", ""])
  #expect(tokens[1].span == SourceSpan(1, 3))
  #expect(tokens[6].span == SourceSpan(12, 15))
}

@Test func spansCountUnicodeScalars() {
  let (tokens, _) = Lexer.tokenize("\"Київ\" = x")
  #expect(tokens[0].span == SourceSpan(0, 6))
  #expect(tokens[1].span == SourceSpan(7, 8))
}

struct LexErrorCase: Sendable, CustomStringConvertible {
  var input: String
  var id: String
  var span: SourceSpan
  var description: String { input }
}

let lexErrors: [LexErrorCase] = [
  LexErrorCase(input: "\"open", id: "query.lex.unterminatedString", span: SourceSpan(0, 5)),
  LexErrorCase(input: "1 ; 2", id: "query.lex.unexpectedCharacter", span: SourceSpan(2, 3)),
  LexErrorCase(input: "12abc", id: "query.lex.badNumber", span: SourceSpan(0, 5)),
  LexErrorCase(input: "2025-13-01", id: "query.lex.badDate", span: SourceSpan(0, 10)),
  LexErrorCase(input: "x = $", id: "query.lex.badVariable", span: SourceSpan(4, 5)),
  LexErrorCase(input: String(repeating: "9", count: 40), id: "query.lex.badNumber", span: SourceSpan(0, 40)),
]

@Test(arguments: lexErrors)
func reportsLexicalErrors(_ c: LexErrorCase) {
  let (_, problems) = Lexer.tokenize(c.input)
  #expect(problems.first?.id == c.id)
  #expect(problems.first?.span == c.span)
}

@Test func openStringIsMarkedForCompletion() {
  let (tokens, _) = Lexer.tokenize("where x = \"Zel")
  #expect(tokens[3].isOpen)
  #expect(tokens[3].kind == .string("Zel"))
}
