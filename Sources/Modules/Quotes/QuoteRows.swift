import LodeCore
import LodeModel

/// The `quotes` table shape, shared by every quote command so pipelines see one schema.
enum QuoteRows {
  static let schema = Schema([
    Schema.Column("id", .string), Schema.Column("speaker", .string),
    Schema.Column("text", .string), Schema.Column("kind", .string),
    Schema.Column("method", .string), Schema.Column("confidence", .number),
    Schema.Column("speaker_id", .string, hidden: true), Schema.Column("source", .string, hidden: true),
    Schema.Column("source_start", .number, hidden: true), Schema.Column("source_end", .number, hidden: true),
    Schema.Column("source_kind", .string, hidden: true),
    Schema.Column("cue", .string, hidden: true), Schema.Column("doc", .string, hidden: true),
    Schema.Column("sentence", .number, hidden: true), Schema.Column("start", .number, hidden: true),
    Schema.Column("end", .number, hidden: true),
  ])

  /// Cell `column` (schema order) of quote `q`: the one definition rows and projections share.
  static func cell(_ q: Quote, _ column: Int) -> Value {
    func opt(_ s: String?) -> Value { s.map(Value.string) ?? .null }
    switch column {
    case 0: return .string(q.id)
    case 1: return opt(q.speaker)
    case 2: return .string(q.text)
    case 3: return .string(q.kind.rawValue)
    case 4: return .string(q.method.rawValue)
    case 5: return .number(q.confidence)
    case 6: return opt(q.speakerID)
    case 7: return opt(q.source)
    case 8: return q.sourceSpan.map { .int($0.start) } ?? .null
    case 9: return q.sourceSpan.map { .int($0.end) } ?? .null
    case 10: return opt(q.sourceKind?.rawValue)
    case 11: return opt(q.cue)
    case 12: return .string(q.provenance.doc)
    case 13: return .int(q.provenance.sentence)
    case 14: return .int(q.provenance.span.start)
    case 15: return .int(q.provenance.span.end)
    default: return .null
    }
  }

  static func row(_ q: Quote) -> [Value] { (0..<schema.count).map { cell(q, $0) } }

  /// Only the named columns of the quotes table (for completion's value lists).
  static func columns(_ quotes: [Quote], _ names: [String]) -> [[Value]]? {
    Table.columns(quotes, schema: schema, names: names, cell: cell)
  }

  static func table(_ quotes: [Quote]) -> Table { Table(schema: schema, rows: quotes.map(row)) }
}
