import Foundation
import LodeCore
import LodeModel

/// `source ID`: the sentence a row came from, its span marked ⟦…⟧, with doc and offsets;
/// `… | source`: the same for every row flowing in that carries `doc`, `start` and `end`
/// (any extracted table, and a plugin's rows that kept or set those provenance columns).
enum SourceCommand {
  static let schema = Schema([
    Schema.Column("id", .string), Schema.Column("doc", .string), Schema.Column("sentence", .number),
    Schema.Column("start", .number), Schema.Column("end", .number), Schema.Column("text", .string),
  ])

  static let descriptor = CommandDescriptor(
    name: "source", module: "corpus", summary: "Show the sentence a row came from, its span marked ⟦…⟧",
    discussion: """
      Takes any extracted row id: q… (quotes), a… (amounts), d… (dates), e… (events), s… (sentences).
      Prints the document, sentence index, span (Unicode-scalar offsets into the document text,
      end exclusive) and the sentence with the span between ⟦ and ⟧. Without an id it does
      this for every row flowing in that has `doc`, `start` and `end` (hidden provenance
      columns count), one row each: `sentences | kwic lithium | source`.
      """,
    signature: Signature(
      [
        Parameter(
          "id", .word, optional: true, help: "a row id such as q1, a3, d2, e5, s10", completion: .domain("row-ids"))
      ],
      input: .any, output: .any),
    examples: [
      Example(
        "Where the first amount came from", "source a1",
        output: """
          id        a1
          doc       000_a0cafe3b4e70e2b9
          sentence  4
          start     943
          end       958
          text      "We are prepared to share [resources]," he stated, but insisted, "I will not sign
                    something to be paid off by ⟦ten generations⟧ of Ukrainians."
          """),
      Example(
        "Every row flowing in", "quotes | first 2 | source | select id, sentence, start, end | to csv",
        output: "id,sentence,start,end\nq1,1,327,454\nq2,3,710,831"),
    ],
    run: { inv, ctx throws(Diagnostic) in
      if let id = inv.string("id") { return CommandOutput(.record(try record(id, ctx.corpus, inv))) }
      guard case .table(let t) = inv.input,
        let doc = t.schema.index(of: "doc"), let start = t.schema.index(of: "start"),
        let end = t.schema.index(of: "end")
      else {
        throw inv.error(
          "source.id.missing", "`source` needs a row id such as q1 or a3, or rows with doc, start and end",
          at: "id", hint: "e.g. source q1, or quotes | first 3 | source")
      }
      return CommandOutput(.table(rows(t, doc: doc, start: start, end: end, ctx.corpus)))
    })

  /// One row per input row: its id (when it has one), provenance and highlighted sentence;
  /// a row whose span points nowhere in the corpus keeps its offsets and an empty text.
  static func rows(_ t: Table, doc: Int, start: Int, end: Int, _ c: Corpus) -> Table {
    let idColumn = t.schema.index(of: "id")
    var documents: [String: Document] = [:]
    for d in c.documents where documents[d.id] == nil { documents[d.id] = d }
    let out = t.rows.map { row -> [Value] in
      let id = idColumn.map { row[$0] } ?? .null
      guard case .string(let name) = row[doc],
        let a = row[start].decimalValue.map({ NSDecimalNumber(decimal: $0).intValue }),
        let b = row[end].decimalValue.map({ NSDecimalNumber(decimal: $0).intValue }), let d = documents[name],
        let s = d.sentences.first(where: { $0.span.start <= a && a < max($0.span.end, $0.span.start + 1) })
      else { return [id, row[doc], .null, row[start], row[end], .null] }
      let p = Provenance(doc: name, sentence: s.index, span: SourceSpan(a, max(a, b)))
      return [id, .string(name), .int(s.index), .int(a), .int(b), c.highlighted(p).map(Value.string) ?? .null]
    }
    return Table(schema: schema, rows: out)
  }

  static func record(_ id: String, _ c: Corpus, _ inv: Invocation) throws(Diagnostic) -> Record {
    guard let p = c.provenance(ofID: id), let text = c.highlighted(p) else {
      throw inv.error(
        "source.id.unknown", "no row with id `\(id)`", at: "id",
        hint: "ids look like q1 (quotes), a1 (amounts), d1 (dates), e1 (events), s1 (sentences)", kind: .name)
    }
    return Record(
      fields: schema.names,
      values: [
        .string(id.lowercased()), .string(p.doc), .int(p.sentence), .int(p.span.start), .int(p.span.end), .string(text),
      ])
  }
}
