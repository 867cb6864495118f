import LodeCore
import LodeModel
import Testing

@testable import TimelineModule

private func timeline(
  _ args: [String: Value] = [:], flags: [String: Value] = [:], context: Context = TestCorpus.context()
) throws(Diagnostic) -> CommandOutput {
  try TimelineCommand.descriptor.run(Invocation(command: "timeline", arguments: args, flags: flags), context)
}

private func column(_ out: CommandOutput, _ name: String) -> [Value] {
  guard let t = out.value.tableValue, let c = t.schema.index(of: name) else { return [] }
  return t.rows.map { $0[c] }
}

@Suite struct TimelineTests {
  @Test func datedFirstThenUndatedInNarrativeOrder() throws {
    let out = try timeline()
    #expect(column(out, "id") == ["e4", "e2", "e1", "e3"].map(Value.string))
    #expect(column(out, "mark") == [.null, .null, .string("undated"), .string("undated")])
    #expect(column(out, "date")[2] == .null)
  }

  @Test func personFilterUsesAliases() throws {
    #expect(column(try timeline(["person": .string("Zelenskyy")]), "id") == [.string("e1")])
    #expect(column(try timeline(["person": .string("trump")]), "id") == [.string("e4"), .string("e3")])
    #expect(throws: Diagnostic.self) { try timeline(["person": .string("Nobody Atall")]) }
  }

  @Test func dateRangeIsInclusiveAndDropsUndated() throws {
    let out = try timeline([
      "from": .date(DateValue(year: 2025, month: 2)), "to": .date(DateValue(year: 2025, month: 2)),
    ])
    #expect(column(out, "id") == [.string("e2")])
    #expect(out.notes.count == 1)
    let upTo = try timeline(["to": .date(DateValue(year: 2025, month: 1, day: 31))])
    #expect(column(upTo, "id") == [.string("e4")])
  }

  @Test func analystEventsAreStoredAndMarked() throws {
    let ctx = TestCorpus.context()
    let added = try TimelineAddCommand.descriptor.run(
      Invocation(
        command: "timeline add",
        arguments: ["date": .date(DateValue(year: 2025, month: 2, day: 28)), "text": .string("Oval Office meeting")],
        flags: ["actor": .string("Zelenskyy")]), ctx)
    #expect(column(added, "id") == [.string("t1")])
    #expect(ctx.analystEvents.count == 1 && ctx.analystEvents[0].analystAdded)
    #expect(ctx.analystEvents[0].actors == ["zelensky"])
    let out = try timeline(context: ctx)
    #expect(column(out, "id") == ["e4", "e2", "t1", "e1", "e3"].map(Value.string))
    #expect(column(out, "mark")[2] == .string("analyst"))
    #expect(
      column(try timeline(["person": .string("Zelensky")], context: ctx), "id") == [.string("t1"), .string("e1")])
    let events = try EventsCommand.descriptor.run(Invocation(command: "events"), ctx)
    #expect(column(events, "analyst").last == .bool(true))
  }

  @Test func addRejectsEmptyText() {
    #expect(throws: Diagnostic.self) {
      try TimelineAddCommand.descriptor.run(
        Invocation(command: "timeline add", arguments: ["date": .date(DateValue(year: 2025)), "text": .string("  ")]),
        TestCorpus.context())
    }
  }

  @Test func chartCountsPerMonthWithGapsAndUndated() throws {
    let out = try TimelineChartCommand.descriptor.run(
      Invocation(command: "timeline chart"), TestCorpus.context())
    #expect(column(out, "period") == ["2025-01", "2025-02", "undated"].map(Value.string))
    #expect(column(out, "events") == [.int(1), .int(1), .int(2)])
    #expect(column(out, "bar")[2] == .string("██"))
  }

  /// `timeline … | count` builds one column: the same values as the table's, filters and
  /// analyst events included; `timeline chart` (another table) has no builder.
  @Test func columnBuilderFollowsFiltersAndAnalystEvents() throws {
    let ctx = TestCorpus.context()
    _ = try TimelineAddCommand.descriptor.run(
      Invocation(
        command: "timeline add",
        arguments: ["date": .date(DateValue(year: 2025, month: 2, day: 28)), "text": .string("Met")],
        flags: ["actor": .string("Zelenskyy")]), ctx)
    let build = try #require(TimelineCommand.descriptor.columns)
    let calls: [[String: Value]] = [
      [:], ["person": .string("Zelensky")], ["from": .date(DateValue(year: 2025, month: 2))],
      ["to": .date(DateValue(year: 2025, month: 1, day: 31))],
    ]
    for args in calls {
      let call = Invocation(command: "timeline", arguments: args)
      let out = try TimelineCommand.descriptor.run(call, ctx)
      #expect(try build(call, ctx, ["id", "mark"]) == [column(out, "id"), column(out, "mark")], "\(args)")
    }
    #expect(
      try build(Invocation(command: "timeline"), ctx, ["id"]) == [["e4", "e2", "t1", "e1", "e3"].map(Value.string)])
    #expect(TimelineChartCommand.descriptor.columns == nil)
  }

  @Test func eventsTableIsInNarrativeOrderWithProvenance() throws {
    let out = try EventsCommand.descriptor.run(Invocation(command: "events"), TestCorpus.context())
    #expect(column(out, "id") == ["e2", "e1", "e3", "e4"].map(Value.string))
    #expect(column(out, "text")[0] == .string(TestCorpus.sentences[0]))
    #expect(column(out, "actors")[0] == .string("Ruslan Stefanchuk"))
  }
}
