import LodeCore

/// `timeline chart`: the events `timeline` would list, counted per month (or year) as bars.
enum TimelineChartCommand {
  static let descriptor = CommandDescriptor(
    name: "timeline chart", module: "Timeline",
    summary: "Events per month (or year) as a bar chart",
    discussion: """
      Counts the events `timeline` lists (same PERSON, `from` and `to`) per month, or per \
      year when they span more than two years, each in the period of its first day (a week \
      or quarter at its first day, a season, decade or century at its start). Empty periods \
      are kept so gaps show; undated events get their own last row. The bars need no colour \
      and are at most 40 characters.
      """,
    signature: Signature(
      [
        Parameter("person", .word, optional: true, help: "only events with this actor", completion: .domain("people")),
        Parameter("from", .value(.date), optional: true, help: "earliest date", introducedBy: "from"),
        Parameter("to", .value(.date), optional: true, help: "latest date", introducedBy: "to"),
      ], input: .any, output: .table),
    examples: [
      Example(
        "Events per month", "timeline chart",
        output: """
          period   events  bar
          ───────  ──────  ────────────
          2025-02       1  █
          undated      12  ████████████
          """)
    ],
    outputSchema: TimelineChart.schema,
    run: { inv, ctx throws(Diagnostic) in
      let (events, notes) = try TimelineCommand.selected(inv, ctx)
      return CommandOutput(.table(TimelineChart.table(EventRows.order(events).map { events[$0] })), notes: notes)
    })
}
