import LodeCore
import LodeModel

/// `events`: the raw event table in narrative order, with provenance.
enum EventsCommand {
  static let descriptor = CommandDescriptor(
    name: "events", module: "Timeline",
    summary: "All extracted events in narrative order, with provenance",
    discussion: """
      One row per event as extracted, in narrative order (document order, then sentence \
      order; ids e1, e2, …), followed by analyst-added events (t1, …, `analyst` true). \
      `date` is empty for undated events and `precision` says how exact a date is (day, \
      month, year, week, approx). Hidden columns: doc, sentence, start, end (the span \
      in the document) and text (the sentence). `timeline` shows the same events in \
      date order.
      """,
    signature: Signature([], input: .any, output: .table),
    examples: [
      Example("All events", "events"), Example("Undated ones", "events | where date = null"),
    ],
    outputSchema: EventRows.eventsSchema,
    run: { _, ctx in
      let rows = EventRows(corpus: ctx.corpus)
      let corpusEvents = ctx.corpus.events.sorted { $0.order < $1.order }
      let all = corpusEvents + ctx.analystEvents
      return CommandOutput(.table(Table(schema: EventRows.eventsSchema, rows: all.map(rows.eventsRow))))
    })
}
