import LodeCore
import Testing
@testable import LodeQuery

struct CalcCase: Sendable, CustomStringConvertible {
  var input: String
  var output: String
  var description: String { input }
  init(_ input: String, _ output: String) {
    self.input = input
    self.output = output
  }
}

let calculatorCases: [CalcCase] = [
  CalcCase("500bn * 50%", "$250,000,000,000"),
  CalcCase("1 + 2 * 3", "7"),
  CalcCase("(1 + 2) * 3", "9"),
  CalcCase("10 / 4", "2.5"),
  CalcCase("-3 + 1", "-2"),
  CalcCase("50% of 2bn", "$1,000,000,000"),
  CalcCase("2bn * 10%", "$200,000,000"),
  CalcCase("$1.5m + $500k", "$2,000,000"),
  CalcCase("€1.2m - €200k", "€1,000,000"),
  CalcCase("500bn / 2bn", "250"),
  CalcCase("2bn/yr * 10y", "$20,000,000,000"),
  CalcCase("2bn/yr + 1bn/yr", "$3,000,000,000/yr"),
  CalcCase("10% + 5%", "15%"),
  CalcCase("30y + 6mo", "30.5y"),
  CalcCase("500bn > 400bn", "true"),
  CalcCase("50% = 0.5", "true"),
  CalcCase("\"Kyïv\" = \"KYIV\"", "true"),
  CalcCase("\"Volodymyr Zelensky\" ~ \"zel\"", "true"),
  CalcCase("\"Zaporizhzhia\" ~ \"ZHZH\"", "true"),
  CalcCase("3 in [1, 2, 3]", "true"),
  CalcCase("\"b\" in [\"a\", \"c\"]", "false"),
  CalcCase("not (1 > 2) and 2 > 1", "true"),
  CalcCase("1 > 2 or null", "false"),
  CalcCase("2025-02-24 > 2025-02-01", "true"),
  CalcCase("2025-03 > \"2025-02-28\"", "true"),
  CalcCase("abs(-5)", "5"),
  CalcCase("round(2.345, 2)", "2.35"),
  CalcCase("round($1234.5)", "$1,235"),
  CalcCase("min(3, 2)", "2"),
  CalcCase("max([1, 5, 2])", "5"),
  CalcCase("lower(\"Kyiv\") + upper(\"x\")", "kyivX"),
  CalcCase("len(\"Київ\")", "4"),
  CalcCase("year(2025-02-24) + month(2025-02-24)", "2027"),
  CalcCase("date(\"2025\")", "2025"),
  CalcCase("1bn USD + 1 EUR", "error[query.fx.missingRate]"),
  CalcCase("1 / 0", "error[query.divisionByZero]"),
  CalcCase("500bn + 5", "error[query.type.mismatch]"),
  CalcCase("\"a\" * 2", "error[query.type.mismatch]"),
  CalcCase("2 of 5", "error[query.type.mismatch]"),
  CalcCase("nosuch(1)", "error[query.unknownFunction]"),
  CalcCase("round(1, 2, 3)", "error[query.function.arity]"),
  CalcCase("$nothing + 1", "error[query.unknownVariable]"),
  CalcCase("1 +", "error[query.parse.unexpectedToken]"),
  CalcCase("(1 + 2", "error[query.parse.unexpectedToken]"),
  CalcCase("1 < 2 < 3", "error[query.parse.unexpectedToken]"),
  CalcCase("1 2", "error[query.parse.unexpectedToken]"),
  CalcCase("0.1 + 0.2 = 0.3", "true"),
]

@Test(arguments: calculatorCases)
func calculator(_ c: CalcCase) {
  #expect(show(c.input) == c.output)
}

@Test func currenciesConvertOnceBothRatesAreSet() {
  let i = makeInterpreter { try? $0.set("fx.EUR", "1.08") }
  #expect(show("1bn USD + 1m EUR", i) == "$1,001,080,000")
  #expect(show("€1m / $1.08m", i) == "1")
}

@Test func missingRateSaysHowToSetIt() throws {
  let d = try #require(diagnostic("1bn USD + 1 EUR"))
  #expect(d.id == "query.fx.missingRate")
  #expect(d.message == "cannot mix USD and EUR without an exchange rate")
  #expect(d.span == SourceSpan(10, 15))
  #expect(d.hint == "set how many USD one EUR buys, e.g. :set fx.EUR 1.08")
}

@Test func divisionByZeroPointsAtTheDivisor() throws {
  let d = try #require(diagnostic("10 / (2 - 2)"))
  #expect(d.id == "query.divisionByZero")
  #expect(d.span == SourceSpan(6, 11))
}

@Test func typeMismatchNamesBothSides() throws {
  let d = try #require(diagnostic("500bn + 5"))
  #expect(d.message == "cannot add a number to money")
  #expect(d.span == SourceSpan(0, 9))
  #expect(d.hint == "write the number as money too, e.g. 5bn or $5m")
}

@Test func letStoresAVariable() {
  let i = makeInterpreter()
  guard case .assigned(let name, let out) = i.execute("let deal = 500bn * 50%") else {
    Issue.record("expected an assignment")
    return
  }
  #expect(name == "deal")
  #expect(out.value == .money(Money(250_000_000_000)))
  #expect(show("$deal / 2", i) == "$125,000,000,000")
}

@Test func emptyAndCommentLinesDoNothing() {
  let i = makeInterpreter()
  if case .empty = i.execute("   ") {} else { Issue.record("blank line should be empty") }
  if case .empty = i.execute("# note") {} else { Issue.record("comment should be empty") }
}

@Test func metaCommandsAreNotForTheInterpreter() throws {
  let d = try #require(diagnostic(":set fx.EUR 1.08"))
  #expect(d.id == "query.metaCommand")
}

@Test func deepNestingIsAnErrorNotACrash() throws {
  let open = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
  #expect(diagnostic(open)?.id == "query.parse.tooDeep")
  let chain = Array(repeating: "1", count: 5000).joined(separator: " + ")
  #expect(diagnostic(chain)?.id == "query.parse.tooDeep")
  let nots = String(repeating: "not ", count: 5000) + "true"
  #expect(diagnostic(nots)?.id == "query.parse.tooDeep")
}

@Test func overflowIsAnErrorNotNaN() {
  let big = "100000000000000000000000000000"
  #expect(show(Array(repeating: big, count: 5).joined(separator: " * ")) == "error[query.overflow]")
}

@Test func thousandsCommasGetAHint() throws {
  let d = try #require(diagnostic("1,000,000 * 2"))
  #expect(d.id == "query.parse.unexpectedToken")
  #expect(d.span == SourceSpan(1, 2))
  #expect(d.hint == "commas separate list items; write 1,000,000 as 1_000_000 or 1m")
}
