import LodeCore
import LodeModel

/// `timeline`: the corpus's events (and the analyst's) in date order, undated ones
/// after them in narrative order, optionally filtered by person and date range.
enum TimelineCommand {
  static let descriptor = CommandDescriptor(
    name: "timeline", module: "Timeline",
    summary: "Events in date order, then undated ones in narrative order",
    discussion: """
      Dated events come first, ordered by date (a month, week, quarter or year sorts at \
      its first day, a season, decade or century at its start, each before the exact \
      days within it), then the events the text does not date, in the \
      order the articles tell them, marked `undated` — lode never invents a date. Events \
      added with `timeline add` are marked `analyst`. PERSON (any name or alias) keeps \
      the events that person takes part in; `from DATE` and `to DATE` keep dated events \
      in that range (inclusive; `to 2025-02` includes all of February), and then undated \
      events are left out, with a note (a vague date such as PRESENT_REF dates no event \
      and bounds no range). `timeline chart` draws the same events over time. Hidden columns: precision, order, doc, sentence, start, end, text.
      """,
    signature: Signature(
      [
        Parameter("person", .word, optional: true, help: "only events with this actor", completion: .domain("people")),
        Parameter("from", .value(.date), optional: true, help: "earliest date", introducedBy: "from"),
        Parameter("to", .value(.date), optional: true, help: "latest date", introducedBy: "to"),
      ],
      input: .any, output: .table),
    examples: [
      Example(
        "Everything, dated first", "timeline",
        output: """
          id   date        mark     summary                               actors
          ───  ──────────  ───────  ────────────────────────────────────  ────────────────────────────────────
          e2   2025-02-24           On February 24, 2025, Speaker of th…  Verkhovna Rada, Ruslan Stefanchuk, …
          e1               undated  Efforts to negotiate access to Ukra…  Ukraine, Volodymyr Zelensky, NATO, …
          e3               undated  According to statements made by Zel…  Volodymyr Zelensky, Ukraine, United…
          e4               undated  Discussions of the agreement sparke…  Donald Trump
          e5               undated  His remarks collided with Zelensky’…  Volodymyr Zelensky, Ukraine
          e6               undated  Despite progress, substantial dispa…  United States
          e7               undated  The European Union (EU) recognized …  European Union, Ukraine
          e8               undated  Yet, the negotiation with the U.S. …  United States, Ukraine
          e9               undated  According to reports, negotiations …  Volodymyr Zelensky
          e10              undated  Additional complications arose when…  United States, Ukraine, Starlink
          e11              undated  Elon Musk openly disputed the valid…  Elon Musk
          e12              undated  The Ukrainian side has maintained t…  Ukraine
          e13              undated  President Zelensky also reaffirmed …  Volodymyr Zelensky, NATO
          """),
      Example(
        "One person's events", "timeline Zelensky",
        output: """
          id   date  mark     summary                                  actors
          ───  ────  ───────  ───────────────────────────────────────  ───────────────────────────────────────
          e1         undated  Efforts to negotiate access to Ukraine…  Ukraine, Volodymyr Zelensky, NATO, Uni…
          e3         undated  According to statements made by Zelens…  Volodymyr Zelensky, Ukraine, United St…
          e5         undated  His remarks collided with Zelensky’s f…  Volodymyr Zelensky, Ukraine
          e9         undated  According to reports, negotiations hav…  Volodymyr Zelensky
          e13        undated  President Zelensky also reaffirmed con…  Volodymyr Zelensky, NATO
          """),
      Example(
        "A date range", "timeline from 2025-02 to 2025-03",
        output: """
          id  date        mark  summary                                 actors
          ──  ──────────  ────  ──────────────────────────────────────  ──────────────────────────────────────
          e2  2025-02-24        On February 24, 2025, Speaker of the …  Verkhovna Rada, Ruslan Stefanchuk, Un…
          12 undated events left out by the date range
          """),
    ],
    outputSchema: EventRows.timelineSchema,
    run: { inv, ctx throws(Diagnostic) in
      let (events, notes) = try selected(inv, ctx)
      let order = EventRows.order(events)
      let table = Table(
        schema: EventRows.timelineSchema, rows: EventRows(corpus: ctx.corpus).timelineRows(events, order))
      return CommandOutput(.table(table), notes: notes)
    }
  ).building { inv, ctx, names throws(Diagnostic) in
    let events = try selected(inv, ctx).events
    return EventRows(corpus: ctx.corpus).timelineColumns(events, EventRows.order(events), names)
  }

  /// The events the invocation keeps (by person and date range), unordered, and the note
  /// on undated events a date range leaves out (shared with `timeline chart`).
  static func selected(_ inv: Invocation, _ ctx: Context) throws(Diagnostic) -> (events: [Event], notes: [String]) {
    let corpus = ctx.corpus
    let analyst = ctx.analystEvents
    var events = analyst.isEmpty ? corpus.events : corpus.events + analyst
    var notes: [String] = []
    if let person = inv.string("person") {
      events = try filter(events, person: person, corpus: corpus, inv: inv)
    }
    let from = try date(inv, "from")
    let to = try date(inv, "to")
    if from != nil || to != nil {
      let undated = events.filter { $0.date == nil }.count
      events = events.filter { e in
        guard let d = e.date else { return false }
        return (from.map { d.sortKey >= $0.sortKey } ?? true) && (to.map { d.sortKey <= endKey($0) } ?? true)
      }
      if undated > 0 { notes.append("\(undated) undated event\(undated == 1 ? "" : "s") left out by the date range") }
    }
    return (events, notes)
  }

  static func filter(
    _ events: [Event], person: String, corpus: Corpus, inv: Invocation
  ) throws(Diagnostic)
    -> [Event]
  {
    let matcher = PersonMatcher(corpus.people + corpus.organisations)
    let ids = Set(matcher.match(person).people.map(\.id))
    let key = Fold.key(person)
    let kept = events.filter { e in e.actors.contains { ids.contains($0) || Fold.key($0) == key } }
    if ids.isEmpty && kept.isEmpty {
      throw inv.error(
        "timeline.unknownPerson", "no person matches “\(person)”", at: "person",
        hint: "`people` lists the known names", kind: .name, suggestions: matcher.suggestions(person))
    }
    return kept
  }

  static func date(_ inv: Invocation, _ name: String) throws(Diagnostic) -> DateValue? {
    switch inv[name] {
    case nil, .null?: return nil
    // A vague date (PRESENT_REF …) dates nothing and bounds nothing.
    case .date(let d)? where !d.isVague: return d
    case .string(let s)?:
      if let d = DateValue.parse(s), !d.isVague { return d }
      fallthrough
    default:
      throw inv.error(
        "timeline.badDate", "`\(name)` takes a date such as 2025-02-24, 2025-02 or 2025", at: name,
        kind: .type)
    }
  }

  /// The last day a date could denote, as a sort key: 2025-02 → 20250231.
  static func endKey(_ d: DateValue) -> Int { d.endKey ?? d.sortKey }
}
