import LodeCore
import LodeModel

/// Turns events into table rows, naming actors and marking undated and analyst events.
struct EventRows: Sendable {
  let corpus: Corpus
  /// Each person's and organisation's name by id (the first of an id wins), built once per
  /// table rather than searched per event.
  let names: [String: String]

  init(corpus: Corpus) {
    self.corpus = corpus
    var names: [String: String] = [:]
    for p in corpus.people where names[p.id] == nil { names[p.id] = p.name }
    for p in corpus.organisations where names[p.id] == nil { names[p.id] = p.name }
    self.names = names
  }

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
    e.actors.map { names[$0] ?? $0 }.joined(separator: ", ")
  }

  func mark(_ e: Event) -> Value {
    if e.analystAdded { return .string("analyst") }
    return e.date == nil ? .string("undated") : .null
  }

  /// The document rows last came from: consecutive events are mostly from one document,
  /// so each document is looked up once per run of its events. The corpus's documents are
  /// read once per table, and only by the hidden provenance columns (each row's sentence is
  /// found in them): `events | count` does not decode the documents.
  struct SentenceMemo {
    var doc: String?
    var position: Int?
    var documents: [Document]?
  }

  private func provenance(_ e: Event, _ memo: inout SentenceMemo) -> [Value] {
    var row: [Value] = []
    appendProvenance(e, &memo, to: &row)
    return row
  }

  /// The hidden doc, sentence, start, end and text columns.
  private func appendProvenance(_ e: Event, _ memo: inout SentenceMemo, to row: inout [Value]) {
    guard let p = e.provenance else { return row.append(contentsOf: repeatElement(Value.null, count: 5)) }
    if memo.doc != p.doc {
      memo.doc = p.doc
      memo.position = corpus.documentPosition(p.doc)
    }
    var text = Value.null
    if let d = memo.position {
      if memo.documents == nil { memo.documents = corpus.documents }
      if let documents = memo.documents, documents[d].sentences.indices.contains(p.sentence) {
        text = .string(documents[d].sentences[p.sentence].text)
      }
    }
    row.append(.string(p.doc))
    row.append(.int(p.sentence))
    row.append(.int(p.span.start))
    row.append(.int(p.span.end))
    row.append(text)
  }

  func timelineRow(_ e: Event) -> [Value] {
    var memo = SentenceMemo()
    return timelineRow(e, &memo)
  }

  /// One row built in one array (twelve values, no intermediate arrays).
  func timelineRow(_ e: Event, _ memo: inout SentenceMemo) -> [Value] {
    var row: [Value] = []
    row.reserveCapacity(12)
    row.append(.string(e.id))
    row.append(e.date.map(Value.date) ?? .null)
    row.append(mark(e))
    row.append(.string(e.summary))
    row.append(.string(actors(e)))
    row.append(e.date.map { .string($0.precision.rawValue) } ?? .null)
    row.append(.int(e.order))
    appendProvenance(e, &memo, to: &row)
    return row
  }

  func eventsRow(_ e: Event, _ memo: inout SentenceMemo) -> [Value] {
    var row: [Value] = []
    row.reserveCapacity(12)
    row.append(.string(e.id))
    row.append(e.date.map(Value.date) ?? .null)
    row.append(e.date.map { .string($0.precision.rawValue) } ?? .null)
    row.append(.string(e.summary))
    row.append(.string(actors(e)))
    row.append(.bool(e.analystAdded))
    row.append(.int(e.order))
    appendProvenance(e, &memo, to: &row)
    return row
  }

  /// Only the named columns of the `timeline` table of `events` at positions `order` (nil
  /// for an unknown name): `timeline | count` builds the ids alone.
  func timelineColumns(_ events: [Event], _ order: [Int], _ names: [String]) -> [[Value]]? {
    var out: [[Value]] = []
    for name in names {
      guard let c = Self.timelineSchema.index(of: name) else { return nil }
      var memo = SentenceMemo()
      out.append(
        order.map { i -> Value in
          let e = events[i]
          switch c {
          case 0: return .string(e.id)
          case 1: return e.date.map(Value.date) ?? .null
          case 2: return mark(e)
          case 3: return .string(e.summary)
          case 4: return .string(actors(e))
          case 5: return e.date.map { .string($0.precision.rawValue) } ?? .null
          case 6: return .int(e.order)
          default: return provenance(e, &memo)[c - 7]
          }
        })
    }
    return out
  }

  /// Only the named columns of the `events` table of `events` (nil for an unknown name):
  /// `events | count` builds the ids alone.
  func eventsColumns(_ events: [Event], _ names: [String]) -> [[Value]]? {
    var out: [[Value]] = []
    for name in names {
      guard let c = Self.eventsSchema.index(of: name) else { return nil }
      var memo = SentenceMemo()
      out.append(
        events.map { e -> Value in
          switch c {
          case 0: return .string(e.id)
          case 1: return e.date.map(Value.date) ?? .null
          case 2: return e.date.map { .string($0.precision.rawValue) } ?? .null
          case 3: return .string(e.summary)
          case 4: return .string(actors(e))
          case 5: return .bool(e.analystAdded)
          case 6: return .int(e.order)
          default: return provenance(e, &memo)[c - 7]
          }
        })
    }
    return out
  }

  /// The `timeline` rows of the events at positions `order`, in that order.
  func timelineRows(_ events: [Event], _ order: [Int]) -> [[Value]] {
    var memo = SentenceMemo()
    return order.map { timelineRow(events[$0], &memo) }
  }

  /// The `events` rows of `events`, in that order.
  func eventsRows(_ events: [Event]) -> [[Value]] {
    var memo = SentenceMemo()
    return events.map { eventsRow($0, &memo) }
  }

  /// The positions of `events` in timeline order: dated events by date (corpus before
  /// analyst on the same date, then narrative order), then undated events in narrative
  /// order. Sorts positions over the few fields
  /// compared (moving whole events while sorting cost seconds on 300,000 of them); the
  /// comparisons, and so the order, are exactly those of sorting the events themselves.
  static func order(_ events: [Event]) -> [Int] {
    let dates = events.map(\.date)
    let analyst = events.map(\.analystAdded)
    let order = events.map(\.order)
    // A date's sort key decides whenever two differ (then the dates differ, and `<` is
    // the keys' order); only dates with the same key are compared whole.
    let keys = dates.map { $0?.sortKey ?? 0 }
    let dated = events.indices.filter { dates[$0] != nil }.sorted { i, j in
      if keys[i] != keys[j] { return keys[i] < keys[j] }
      if let x = dates[i], let y = dates[j], x != y { return x < y }
      if analyst[i] != analyst[j] { return !analyst[i] }
      return order[i] < order[j]
    }
    let undated = events.indices.filter { dates[$0] == nil }.sorted { i, j in
      analyst[i] != analyst[j] ? !analyst[i] : order[i] < order[j]
    }
    return dated + undated
  }
}
