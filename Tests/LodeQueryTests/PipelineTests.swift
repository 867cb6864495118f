import Foundation
import LodeCore
import Testing

@testable import LodeQuery

/// A registry with the built-ins plus a small `people` table for pipeline tests.
func peopleInterpreter() -> Interpreter {
  var registry = QueryBuiltins.registry()
  let schema = Schema([
    .init("name", .string), .init("country", .string), .init("worth", .money),
    .init("age", .number), .init("doc", .string, hidden: true),
  ])
  let rows: [[Value]] = [
    [.string("Volodymyr Zelensky"), .string("Ukraine"), .money(Money(1_000_000)), .int(47), .string("d1")],
    [.string("Donald Trump"), .string("USA"), .money(Money(5_000_000_000)), .int(79), .string("d2")],
    [.string("Yulia Svyrydenko"), .string("Ukraine"), .money(Money(300_000)), .int(40), .string("d1")],
    [.string("Scott Bessent"), .string("USA"), .money(Money(500_000_000)), .int(63), .string("d3")],
    [.string("Denys Shmyhal"), .string("Ukraine"), .null, .int(50), .string("d2")],
  ]
  let people = CommandDescriptor(
    name: "people", module: "test", summary: "test people",
    signature: Signature([], input: .null, output: .table), outputSchema: schema
  ) { _, _ in CommandOutput(.table(Table(schema: schema, rows: rows))) }
  let payback = CommandDescriptor(
    name: "value payback", module: "test", summary: "years to pay back",
    signature: Signature(
      [
        Parameter("principal", .value(.money)), Parameter("at", .keyword("at")),
        Parameter("yearly", .value(.money)),
      ], flags: [Flag("growth", value: .percent)], input: .null),
    pure: true
  ) { call, _ in
    guard case .money(let p)? = call["principal"], case .money(let y)? = call["yearly"] else {
      return CommandOutput(.null)
    }
    return CommandOutput(.number(p.amount / y.amount), notes: call.flags.keys.sorted())
  }
  try? registry.register([people, payback])
  return Interpreter(registry: registry, context: Context(settings: Settings(specs: QueryBuiltins.settings)))
}

let pipelineCases: [IOCase] = [
  IOCase("people | count", "5"),
  IOCase("people | where name ~ \"zel\" | count", "1"),
  IOCase("people | where name ~ \"ZELENSKY\" | select name | to csv", "name\nVolodymyr Zelensky"),
  IOCase("people | where country = \"ukraine\" | count", "3"),
  IOCase("people | where worth > 1m | select name | to csv", "name\nDonald Trump\nScott Bessent"),
  IOCase("people | where country in [\"USA\"] and age > 70 | select name | to csv", "name\nDonald Trump"),
  IOCase("people | sort age desc | limit 2 | select name, age | to csv", "name,age\nDonald Trump,79\nScott Bessent,63"),
  IOCase("people | sort country, age | select age | to csv", "age\n40\n47\n50\n63\n79"),
  IOCase("people | sort worth | first | select name | to csv", "name\nDenys Shmyhal"),
  IOCase("people | last 2 | select name | to csv", "name\nScott Bessent\nDenys Shmyhal"),
  IOCase("people | group by country | to csv", "country,count\nUkraine,3\nUSA,2"),
  IOCase(
    "people | group by country sum worth | to csv",
    "country,sum_worth,sum_worth_currency\nUkraine,1300000,USD\nUSA,5500000000,USD"),
  IOCase("people | group by country avg age | to csv", "country,avg_age\nUkraine,45.666666666667\nUSA,71"),
  IOCase("people | group by country max age | to csv", "country,max_age\nUkraine,50\nUSA,79"),
  IOCase(
    "people | group by country min worth | to csv",
    "country,min_worth,min_worth_currency\nUkraine,300000,USD\nUSA,500000000,USD"),
  IOCase("people | select country | distinct | to csv", "country\nUkraine\nUSA"),
  IOCase("people | distinct doc | count", "3"),
  IOCase(
    "people | where age > 60 | show | to json",
    "{\"name\":\"Donald Trump\",\"country\":\"USA\",\"worth\":{\"amount\":5000000000,\"currency\":\"USD\"},\"age\":79,\"doc\":\"d2\"}"
  ),
  IOCase("people | where age > 70 | select name, doc | to md", "| name | doc |\n| --- | --- |\n| Donald Trump | d2 |"),
  IOCase("value payback 500bn at 50% of 2bn/yr", "500"),
  IOCase("value payback 500bn at 1bn --growth 3%", "500"),
  IOCase("range 3 | where n = 2 or n = 3 | to csv", "n\n2\n3"),
  IOCase("people | where age + 1 >= 64 | count", "2"),
  IOCase("people | wher x", "error[query.unknownCommand]"),
  IOCase("people | where nmae ~ \"a\"", "error[query.unknownField]"),
  IOCase("people | select nmae", "error[query.unknownField]"),
  IOCase("people | where age", "error[query.type.mismatch]"),
  IOCase("people | limit \"x\"", "error[query.type.mismatch]"),
  IOCase("people | limit", "error[query.argument.missing]"),
  IOCase("people | limit 2 3", "error[query.argument.unexpected]"),
  IOCase("people | to xml", "error[query.argument.badChoice]"),
  IOCase("people | group country", "error[query.argument.missing]"),
  IOCase("people | sort --nope", "error[query.argument.unknownFlag]"),
  IOCase("people | people", "error[query.pipeline.input]"),
  IOCase("range 3 | count | where n > 1", "error[query.pipeline.input]"),
  IOCase("value pay 1", "error[query.unknownCommand]"),
  IOCase("people |", "error[query.parse.emptyStage]"),
  IOCase("| count", "error[query.parse.emptyStage]"),
  IOCase("range 3 | 1 + 1", "error[query.parse.unexpectedToken]"),
  IOCase("range 5 | where n > 2 | where n < 5 | count", "2"),
]

@Test(arguments: pipelineCases)
func pipeline(_ c: IOCase) {
  #expect(show(c.input, peopleInterpreter()) == c.output)
}

@Test func unknownCommandSuggestsTheClosest() throws {
  let d = try #require(diagnostic("people | wher x", peopleInterpreter()))
  #expect(d.span == SourceSpan(9, 13))
  #expect(d.suggestions.first == "where")
  #expect(d.message == "unknown command `wher`")
}

@Test func unknownFieldSuggestsFromTheSchema() throws {
  let d = try #require(diagnostic("people | where nmae ~ \"a\"", peopleInterpreter()))
  #expect(d.span == SourceSpan(15, 19))
  #expect(d.suggestions == ["name"])
  #expect(d.message == "no field `nmae` in the table flowing into `where`")
}

@Test func argumentErrorsCarryUsage() throws {
  let d = try #require(diagnostic("people | limit \"x\"", peopleInterpreter()))
  #expect(d.span == SourceSpan(15, 18))
  #expect(d.message == "`limit` expects COUNT to be a number, got text")
  #expect(d.hint == "usage: limit COUNT")
  let m = try #require(diagnostic("people | limit", peopleInterpreter()))
  #expect(m.span == SourceSpan(14, 14))
  #expect(m.message == "`limit` expects COUNT (a number), found the end of the line")
}

@Test func twoWordCommandGroupsSuggestSubcommands() throws {
  let d = try #require(diagnostic("value pay 1", peopleInterpreter()))
  #expect(d.message == "`value` has no subcommand `pay`")
  #expect(d.suggestions == ["value payback"])
}

@Test func variablesHoldTablesForLaterStages() {
  let i = peopleInterpreter()
  _ = i.execute("let ua = people | where country = \"Ukraine\"")
  #expect(show("$ua | count", i) == "3")
  #expect(show("$ua | sort age | first | select name | to csv", i) == "name\nYulia Svyrydenko")
  #expect(show("$nope | count", i) == "error[query.unknownVariable]")
}

@Test func hiddenColumnsFlowAndCanBeSelected() {
  let i = peopleInterpreter()
  #expect(show("people | where doc = \"d3\" | select doc | to csv", i) == "doc\nd3")
  #expect(show("people | first | to csv", i).hasPrefix("name,country,worth,worth_currency,age,doc\n"))
}

@Test func rowExpressionsReachCommandsAsClosures() throws {
  let i = peopleInterpreter()
  let statement = try i.parse("people | where age > 60")
  guard case .command(let c) = statement.pipeline.stages[1] else {
    Issue.record("expected a command stage")
    return
  }
  #expect(c.arguments.first?.parameter == "condition")
  #expect(Printer.print(statement) == "people | where age > 60")
}

@Test func misspeltOperatorsGetSuggestions() throws {
  let d = try #require(diagnostic("range 3 | where n > 1 adn n < 3"))
  #expect(d.id == "query.argument.unexpected")
  #expect(d.span == SourceSpan(22, 25))
  #expect(d.suggestions.contains("and"))
  let c = try #require(diagnostic("1 > 2 ro 2 > 1"))
  #expect(c.suggestions == ["or"])
}

@Test func dateFunctionTakesTextOrAYear() {
  #expect(show("date(2025)") == "2025")
  #expect(show("date(\"2025-02\") < 2025-03-01") == "true")
  #expect(show("date(\"2025-02-30\")") == "error[query.type.badDate]")
}

@Test func metaCommandLinesGetNoCompletion() {
  #expect(makeInterpreter().complete(":se", cursor: 3).candidates.isEmpty)
}

@Test func percentArgumentsMustBeWrittenAsPercents() throws {
  let d = try #require(diagnostic("value payback 5bn at 1bn --growth 3", peopleInterpreter()))
  #expect(d.id == "query.type.mismatch")
  #expect(d.span == SourceSpan(34, 35))
  #expect(show("value payback 5bn at 1bn --growth 3%", peopleInterpreter()) == "5")
}

@Test func cancellationStopsThePipeline() {
  let i = peopleInterpreter()
  let stop = CommandDescriptor(
    name: "stop", module: "test", summary: "presses Ctrl-C", signature: Signature([], input: .null)
  ) { _, context in
    context.cancel()
    return CommandOutput(.table(Table(columns: ["n"], rows: [[.int(1)]])))
  }
  try? i.registry.register([stop])
  #expect(show("stop | where n > 0", i) == "error[command.cancelled]")
  i.context.resetCancel()
  #expect(show("range 3 | count", i) == "3")
}

@Test func aCtrlCPressedBeforeExecuteStartsIsNotForgotten() {
  let i = makeInterpreter()
  i.context.cancel()
  #expect(show("range 3 | count", i) == "error[command.cancelled]")
  #expect(i.context.isCancelled)
  i.context.resetCancel()
  #expect(show("range 3 | count", i) == "3")
}

@Test func moneyComparisonsConvertOrFail() {
  let i = peopleInterpreter()
  #expect(show("people | where worth >= 500m | count", i) == "2")
  #expect(show("people | where worth < €1m | count", i) == "error[query.fx.missingRate]")
  try? i.context.settings.set("fx.EUR", "2")
  #expect(show("people | where worth < €1m | count", i) == "2")
  #expect(show("people | where worth > 5 | count", i) == "error[query.type.mismatch]")
}
