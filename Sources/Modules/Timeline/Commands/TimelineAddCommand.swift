import LodeCore
import LodeModel

/// `timeline add`: the analyst's own dated event, kept for the session and shown in
/// the timeline marked `analyst`.
enum TimelineAddCommand {
  static let descriptor = CommandDescriptor(
    name: "timeline add", module: "Timeline",
    summary: "Add your own dated event to the timeline",
    discussion: """
      Records an event with DATE (2025-02-28, 2025-03 or 2025) and TEXT, optionally with \
      an actor (any name or alias of a known person, or free text). It gets the next id \
      t1, t2, … and appears in `timeline` and `events` marked as analyst-added, never \
      mistaken for something an article said. Like every line, it is recorded in the \
      session journal, so a saved script replays it.
      """,
    signature: Signature(
      [
        Parameter("date", .value(.date), help: "when it happened"),
        Parameter("text", .word, help: "what happened, in quotes"),
      ],
      flags: [Flag("actor", value: .string, help: "who took part", completion: .domain("people"))],
      input: .any, output: .table),
    examples: [
      Example(
        "The Oval Office meeting",
        "timeline add 2025-02-28 \"Oval Office meeting ends without a deal\" --actor Zelensky",
        output: """
          id  date        mark     summary                                  actors
          ──  ──────────  ───────  ───────────────────────────────────────  ──────────────────
          t1  2025-02-28  analyst  Oval Office meeting ends without a deal  Volodymyr Zelensky
          """)
    ],
    outputSchema: EventRows.timelineSchema, pure: false,
    run: { inv, ctx throws(Diagnostic) in
      guard let date = try TimelineCommand.date(inv, "date") else {
        throw inv.error("timeline.add.date", "timeline add needs a DATE", kind: .argument)
      }
      let text = (inv.string("text") ?? "").trimmingSpaces
      guard !text.isEmpty else {
        throw inv.error(
          "timeline.add.text", "timeline add needs the event's text", at: "text",
          hint: "timeline add 2025-02-28 \"what happened\"")
      }
      let corpus = ctx.corpus
      var actors: [String] = []
      if let actor = inv.flags["actor"]?.stringValue?.trimmingSpaces, !actor.isEmpty {
        let hits = PersonMatcher(corpus.people + corpus.organisations).match(actor).people
        actors = hits.count == 1 ? [hits[0].id] : [actor]
      }
      var list = ctx.analystEvents
      let event = Event(
        id: "t\(list.count + 1)", date: date, summary: text, actors: actors, provenance: nil,
        order: list.count, analystAdded: true)
      list.append(event)
      ctx.analystEvents = list
      let row = EventRows(corpus: corpus).timelineRow(event)
      return CommandOutput(.table(Table(schema: EventRows.timelineSchema, rows: [row])))
    })
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.first?.isWhitespace == true { s.removeFirst() }
    while s.last?.isWhitespace == true { s.removeLast() }
    return String(s)
  }
}
