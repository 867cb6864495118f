import Foundation
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
    Schema.Column("cue", .string, hidden: true), Schema.Column("doc", .string, hidden: true),
    Schema.Column("sentence", .number, hidden: true), Schema.Column("start", .number, hidden: true),
    Schema.Column("end", .number, hidden: true),
  ])

  static func row(_ q: Quote) -> [Value] {
    func opt(_ s: String?) -> Value { s.map(Value.string) ?? .null }
    return [
      .string(q.id), opt(q.speaker), .string(q.text), .string(q.kind.rawValue),
      .string(q.method.rawValue), .number(q.confidence), opt(q.speakerID), opt(q.source),
      q.sourceSpan.map { .int($0.start) } ?? .null, q.sourceSpan.map { .int($0.end) } ?? .null,
      opt(q.cue), .string(q.provenance.doc), .int(q.provenance.sentence),
      .int(q.provenance.span.start), .int(q.provenance.span.end),
    ]
  }

  static func table(_ quotes: [Quote]) -> Table { Table(schema: schema, rows: quotes.map(row)) }
}
