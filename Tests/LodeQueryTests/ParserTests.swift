import LodeCore
import Testing

@testable import LodeQuery

func parse(_ line: String, _ i: Interpreter = peopleInterpreter()) throws -> Statement {
  try i.parse(line)
}

@Test func keywordEndsTheExpressionBeforeIt() throws {
  let s = try parse("value payback 500bn at 50% of 2bn/yr --growth 3%")
  guard case .command(let c) = s.pipeline.stages[0] else {
    Issue.record("expected a command")
    return
  }
  #expect(c.name == "value payback")
  #expect(c.nameSpan == SourceSpan(0, 13))
  #expect(c.arguments.map(\.parameter) == ["principal", "at", "yearly"])
  #expect(c.arguments[0].span == SourceSpan(14, 19))
  #expect(c.arguments[2].span == SourceSpan(23, 36))
  guard case .expression(let e) = c.arguments[2].content, case .binary(.of, _, _) = e.node else {
    Issue.record("yearly should be `50% of 2bn/yr`")
    return
  }
  #expect(c.flags.first?.name == "growth")
  #expect(c.flags.first?.span == SourceSpan(37, 48))
}

@Test func flagsMayComeAnywhere() throws {
  let a = try parse("value payback --growth 3% 500bn at 1bn")
  let b = try parse("value payback 500bn at 1bn --growth 3%")
  #expect(a == b)
}

@Test func precedenceAndAssociativity() throws {
  let s = try parse("1 - 2 - 3 * 4 of 5")
  #expect(Printer.print(s) == "1 - 2 - 3 * 4 of 5")
  guard case .expression(let e) = s.pipeline.stages[0], case .binary(.subtract, let l, _) = e.node,
    case .binary(.subtract, _, _) = l.node
  else {
    Issue.record("subtraction must associate to the left")
    return
  }
  let t = try parse("not a = 1 or b ~ \"x\" and c in [1, 2]", peopleInterpreter())
  #expect(Printer.print(t) == "not a = 1 or b ~ \"x\" and c in [1, 2]")
}

@Test func fieldsWithDirections() throws {
  let s = try parse("people | sort country desc, age asc, name")
  guard case .command(let c) = s.pipeline.stages[1], case .fields(let keys) = c.arguments[0].content else {
    Issue.record("expected sort fields")
    return
  }
  #expect(keys.map(\.name) == ["country", "age", "name"])
  #expect(keys.map(\.descending) == [true, false, nil])
  #expect(keys[1].span == SourceSpan(28, 31))
}

@Test func equalityIgnoresSpans() throws {
  #expect(try parse("range   3 |   count") == (try parse("range 3 | count")))
  #expect(try parse("range 3 | count") != (try parse("range 4 | count")))
}

@Test func letStatements() throws {
  guard case .assignment(let name, let p) = try parse("let ua = people | where country = \"Ukraine\"") else {
    Issue.record("expected let")
    return
  }
  #expect(name == "ua")
  #expect(p.stages.count == 2)
  #expect(throws: Diagnostic.self) { try parse("let and = 1") }
  #expect(throws: Diagnostic.self) { try parse("let x 1") }
}

struct ParseErrorCase: Sendable, CustomStringConvertible {
  var input: String
  var id: String
  var span: SourceSpan
  var message: String
  var description: String { input }
}

let parseErrors: [ParseErrorCase] = [
  ParseErrorCase(
    input: "1 +", id: "query.parse.unexpectedToken", span: SourceSpan(3, 3),
    message: "expected a value, found the end of the line"),
  ParseErrorCase(
    input: "(1 + 2", id: "query.parse.unexpectedToken", span: SourceSpan(6, 6),
    message: "expected `)` to close the `(` at column 1, found the end of the line"),
  ParseErrorCase(
    input: "people | | count", id: "query.parse.emptyStage", span: SourceSpan(9, 10),
    message: "expected a command, found `|`"),
  ParseErrorCase(
    input: "people | to xml", id: "query.argument.badChoice", span: SourceSpan(12, 15),
    message: "`to` expects one of json, jsonl, csv, md, found `xml`"),
  ParseErrorCase(
    input: "people | group country", id: "query.argument.missing", span: SourceSpan(15, 22),
    message: "`group` expects `by`, found `country`"),
  ParseErrorCase(
    input: "people | sort --nope", id: "query.argument.unknownFlag", span: SourceSpan(14, 20),
    message: "`sort` has no flag `--nope`"),
  ParseErrorCase(
    input: "people | limit 2 3", id: "query.argument.unexpected", span: SourceSpan(17, 18),
    message: "unexpected `3` after the arguments of `limit`"),
  ParseErrorCase(
    input: "value payback 5bn 1bn", id: "query.argument.missing", span: SourceSpan(18, 21),
    message: "`value payback` expects `at`, found `1bn`"),
  ParseErrorCase(
    input: "value payback 5bn at 1bn --growth", id: "query.argument.missing", span: SourceSpan(25, 33),
    message: "`--growth` needs a percent value"),
  ParseErrorCase(
    input: "peopel", id: "query.unknownCommand", span: SourceSpan(0, 6),
    message: "unknown command `peopel`"),
]

@Test(arguments: parseErrors)
func parseErrorsPointAtTheToken(_ c: ParseErrorCase) throws {
  do {
    _ = try parse(c.input)
    Issue.record("\(c.input) should not parse")
  } catch let d as Diagnostic {
    #expect(d.id == c.id)
    #expect(d.span == c.span)
    #expect(d.message == c.message)
  }
}

@Test func wordsGlueAdjacentPieces() throws {
  let i = peopleInterpreter()
  let region = CommandDescriptor(
    name: "region", module: "test", summary: "a region",
    signature: Signature([Parameter("name", .word)], input: .null)
  ) { call, _ in CommandOutput(call["name"] ?? .null) }
  try i.registry.register([region])
  #expect(show("region UA-12", i) == "UA-12")
  #expect(show("region Dnipropetrovsk Oblast", i) == "Dnipropetrovsk Oblast")
  #expect(show("region \"Kyiv City\"", i) == "Kyiv City")
  #expect(show("region miner*", i) == "miner*", "a trailing * is part of the word")
  #expect(show("region miner *", i) == "error[query.argument.unexpected]")
  #expect(show("region Дніпропетровська | count", i) == "error[query.pipeline.input]")
  for line in ["region UA-12", "region miner*"] {
    let s = try i.parse(line)
    #expect(try i.parse(Printer.print(s)) == s)
  }
}

/// A field written as a string keeps its quotes when printed: `max` bare would end the key
/// list as `group`'s aggregate word (found by the query fuzz target).
@Test func quotedFieldNamesPrintQuoted() throws {
  for (line, printed) in [
    ("range 3 | group by n\"max\"", "range 3 | group by n, \"max\""),
    ("range 3 | group by \"sum\" sum n", "range 3 | group by \"sum\" sum n"),
    ("range 3 | sort \"n\" desc", "range 3 | sort \"n\" desc"),
    ("range 3 | sort n desc", "range 3 | sort n desc"),
  ] {
    let s = try parse(line)
    #expect(Printer.print(s) == printed)
    #expect(try parse(Printer.print(s)) == s)
  }
}

/// A million weeks is 7,000,000 whole days, more than the lexer reads as days: it prints
/// in weeks, so the printed line gives the same value (found by the query fuzz target).
@Test func manyWeeksPrintAsWeeks() throws {
  for (line, printed) in [
    ("1000000w", "1000000w"), ("-1000000w", "-1000000w"), ("2w", "14d"), ("1000000d", "1000000d"),
  ] {
    let s = try parse(line)
    #expect(Printer.print(s) == printed)
    #expect(try parse(Printer.print(s)) == s)
  }
}
