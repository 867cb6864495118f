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
      week, month, quarter, season, half, year, fiscal_year, decade, century, approx); \
      a vague date ("now", "the past") never dates an event. Hidden columns: doc, sentence, start, end (the span \
      in the document) and text (the sentence). `timeline` shows the same events in \
      date order.
      """,
    signature: Signature([], input: .any, output: .table),
    examples: [
      Example(
        "All events", "events",
        output: """
          id   date        precision  summary                      actors                       analyst  order
          ───  ──────────  ─────────  ───────────────────────────  ───────────────────────────  ───────  ─────
          e1                          Efforts to negotiate acces…  Ukraine, Volodymyr Zelensk…  false        1
          e2   2025-02-24  day        On February 24, 2025, Spea…  Verkhovna Rada, Ruslan Ste…  false        2
          e3                          According to statements ma…  Volodymyr Zelensky, Ukrain…  false        3
          e4                          Discussions of the agreeme…  Donald Trump                 false        4
          e5                          His remarks collided with …  Volodymyr Zelensky, Ukraine  false        5
          e6                          Despite progress, substant…  United States                false        6
          e7                          The European Union (EU) re…  European Union, Ukraine      false        7
          e8                          Yet, the negotiation with …  United States, Ukraine       false        8
          e9                          According to reports, nego…  Volodymyr Zelensky           false        9
          e10                         Additional complications a…  United States, Ukraine, St…  false       10
          e11                         Elon Musk openly disputed …  Elon Musk                    false       11
          e12                         The Ukrainian side has mai…  Ukraine                      false       12
          e13                         President Zelensky also re…  Volodymyr Zelensky, NATO     false       13
          """),
      Example(
        "Undated ones", "events | where date = null",
        output: """
          id   date  precision  summary                         actors                          analyst  order
          ───  ────  ─────────  ──────────────────────────────  ──────────────────────────────  ───────  ─────
          e1                    Efforts to negotiate access t…  Ukraine, Volodymyr Zelensky, …  false        1
          e3                    According to statements made …  Volodymyr Zelensky, Ukraine, …  false        3
          e4                    Discussions of the agreement …  Donald Trump                    false        4
          e5                    His remarks collided with Zel…  Volodymyr Zelensky, Ukraine     false        5
          e6                    Despite progress, substantial…  United States                   false        6
          e7                    The European Union (EU) recog…  European Union, Ukraine         false        7
          e8                    Yet, the negotiation with the…  United States, Ukraine          false        8
          e9                    According to reports, negotia…  Volodymyr Zelensky              false        9
          e10                   Additional complications aros…  United States, Ukraine, Starl…  false       10
          e11                   Elon Musk openly disputed the…  Elon Musk                       false       11
          e12                   The Ukrainian side has mainta…  Ukraine                         false       12
          e13                   President Zelensky also reaff…  Volodymyr Zelensky, NATO        false       13
          """),
    ],
    outputSchema: EventRows.eventsSchema,
    run: { _, ctx in
      let rows = EventRows(corpus: ctx.corpus)
      return CommandOutput(.table(Table(schema: EventRows.eventsSchema, rows: rows.eventsRows(allEvents(ctx)))))
    }
  ).building { _, ctx, names in EventRows(corpus: ctx.corpus).eventsColumns(allEvents(ctx), names) }

  /// The corpus's events in narrative order, then the analyst's. Positions are sorted by
  /// order (the same stable sort as of the events themselves, without moving 300,000
  /// events about).
  static func allEvents(_ ctx: Context) -> [Event] {
    let events = ctx.corpus.events
    let order = events.map(\.order)
    return events.indices.sorted { order[$0] < order[$1] }.map { events[$0] } + ctx.analystEvents
  }
}
