import LodeCore
import LodeModel

/// Turns events into table rows, naming actors and marking undated and analyst events.
struct EventRows: Sendable {
  let corpus: Corpus

  static let timelineSchema = Schema([
    Schema.Column("id", .string), Schema.Column("date", .date), Schema.Column("mark", .string),
    Schema.Column("summary", .string), Schema.Column("actors", .string),
    Schema.Column("precision", .string, hidden: true), Schema.Column("order", .number, hidden: true),
    Schema.Column("doc", .string, hidden: true), Schema.Column("sentence", .number, hidden: true),
    Schema.Column("start", .number, hidden: true), Schema.Column("end", .number, hidden: true),
    Schema.Column("text", .string, hidden: true),
  ])

  static let eventsSchema = Schema([
    Schema.Column("id", .string), Schema.Column("date", .date), Schema.Column("precision", .string),
    Schema.Column("summary", .string), Schema.Column("actors", .string),
    Schema.Column("analyst", .bool), Schema.Column("order", .number),
    Schema.Column("doc", .string, hidden: true), Schema.Column("sentence", .number, hidden: true),
    Schema.Column("start", .number, hidden: true), Schema.Column("end", .number, hidden: true),
    Schema.Column("text", .string, hidden: true),
  ])

  func actors(_ e: Event) -> String {
    let everyone = corpus.people + corpus.organisations
    return e.actors.map { id in everyone.first { $0.id == id }?.name ?? id }.joined(separator: ", ")
  }

  func mark(_ e: Event) -> Value {
    if e.analystAdded { return .string("analyst") }
    return e.date == nil ? .string("undated") : .null
  }

  private func provenance(_ e: Event) -> [Value] {
    guard let p = e.provenance else { return [.null, .null, .null, .null, .null] }
    return [
      .string(p.doc), .int(p.sentence), .int(p.span.start), .int(p.span.end),
      corpus.sentence(p).map { .string($0.text) } ?? .null,
    ]
  }

  func timelineRow(_ e: Event) -> [Value] {
    [
      .string(e.id), e.date.map(Value.date) ?? .null, mark(e), .string(e.summary),
      .string(actors(e)), e.date.map { .string($0.precision.rawValue) } ?? .null, .int(e.order),
    ] + provenance(e)
  }

  func eventsRow(_ e: Event) -> [Value] {
    [
      .string(e.id), e.date.map(Value.date) ?? .null,
      e.date.map { .string($0.precision.rawValue) } ?? .null, .string(e.summary),
      .string(actors(e)), .bool(e.analystAdded), .int(e.order),
    ] + provenance(e)
  }

  /// Dated events by date (corpus before analyst on the same date, then narrative
  /// order), then undated events in narrative order.
  static func ordered(_ events: [Event]) -> [Event] {
    let dated = events.filter { $0.date != nil }.sorted { a, b in
      if let x = a.date, let y = b.date, x != y { return x < y }
      if a.analystAdded != b.analystAdded { return !a.analystAdded }
      return a.order < b.order
    }
    let undated = events.filter { $0.date == nil }.sorted {
      $0.analystAdded != $1.analystAdded ? !$0.analystAdded : $0.order < $1.order
    }
    return dated + undated
  }
}
