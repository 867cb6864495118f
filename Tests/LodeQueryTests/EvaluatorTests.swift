import FoundationEssentials
import LodeCore
import Testing

@testable import LodeQuery

/// One input line and the exact text it should print; shared by the calculator and
/// pipeline tables.
struct IOCase: Sendable, CustomStringConvertible {
  var input: String
  var output: String
  var description: String { input }
  init(_ input: String, _ output: String) {
    self.input = input
    self.output = output
  }
}

let calculatorCases: [IOCase] = [
  IOCase("500bn * 50%", "$250,000,000,000"),
  IOCase("1 + 2 * 3", "7"),
  IOCase("(1 + 2) * 3", "9"),
  IOCase("10 / 4", "2.5"),
  IOCase("-3 + 1", "-2"),
  IOCase("50% of 2bn", "$1,000,000,000"),
  IOCase("2bn * 10%", "$200,000,000"),
  IOCase("$1.5m + $500k", "$2,000,000"),
  IOCase("€1.2m - €200k", "€1,000,000"),
  IOCase("500bn / 2bn", "250"),
  IOCase("2bn/yr * 10y", "$20,000,000,000"),
  IOCase("2bn/yr + 1bn/yr", "$3,000,000,000/yr"),
  IOCase("10% + 5%", "15%"),
  IOCase("30y + 6mo", "30.5y"),
  IOCase("500bn > 400bn", "true"),
  IOCase("50% = 0.5", "true"),
  IOCase("\"Kyïv\" = \"KYIV\"", "true"),
  IOCase("\"Volodymyr Zelensky\" ~ \"zel\"", "true"),
  IOCase("\"Zaporizhzhia\" ~ \"ZHZH\"", "true"),
  IOCase("3 in [1, 2, 3]", "true"),
  IOCase("\"b\" in [\"a\", \"c\"]", "false"),
  IOCase("not (1 > 2) and 2 > 1", "true"),
  IOCase("1 > 2 or null", "false"),
  IOCase("2025-02-24 > 2025-02-01", "true"),
  IOCase("2025-03 > \"2025-02-28\"", "true"),
  IOCase("abs(-5)", "5"),
  IOCase("round(2.345, 2)", "2.35"),
  IOCase("round($1234.5)", "$1,235"),
  IOCase("min(3, 2)", "2"),
  IOCase("max([1, 5, 2])", "5"),
  IOCase("lower(\"Kyiv\") + upper(\"x\")", "kyivX"),
  IOCase("len(\"Київ\")", "4"),
  IOCase("year(2025-02-24) + month(2025-02-24)", "2027"),
  IOCase("date(\"2025\")", "2025"),
  IOCase("1bn USD + 1 EUR", "error[query.fx.missingRate]"),
  IOCase("1 / 0", "error[query.divisionByZero]"),
  IOCase("500bn + 5", "error[query.type.mismatch]"),
  IOCase("\"a\" * 2", "error[query.type.mismatch]"),
  IOCase("2 of 5", "error[query.type.mismatch]"),
  IOCase("nosuch(1)", "error[query.unknownFunction]"),
  IOCase("round(1, 2, 3)", "error[query.function.arity]"),
  IOCase("$nothing + 1", "error[query.unknownVariable]"),
  IOCase("1 +", "error[query.parse.unexpectedToken]"),
  IOCase("(1 + 2", "error[query.parse.unexpectedToken]"),
  IOCase("1 < 2 < 3", "error[query.parse.unexpectedToken]"),
  IOCase("1 2", "error[query.parse.unexpectedToken]"),
  IOCase("0.1 + 0.2 = 0.3", "true"),
]

@Test(arguments: calculatorCases)
func calculator(_ c: IOCase) {
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
