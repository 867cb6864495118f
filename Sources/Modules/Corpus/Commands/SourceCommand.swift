import LodeCore
import LodeModel

/// `source ID`: the sentence a row came from, its span marked ⟦…⟧, with doc and offsets.
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
      end exclusive) and the sentence with the span between ⟦ and ⟧.
      """,
    signature: Signature(
      [Parameter("id", .word, help: "a row id such as q1, a3, d2, e5, s10", completion: .domain("row-ids"))],
      input: .any, output: .record),
    examples: [Example(
      "Where the first amount came from", "source a1",
      output: """
        id        a1
        doc       000_a0cafe3b4e70e2b9
        sentence  4
        start     943
        end       958
        text      "We are prepared to share [resources]," he stated, but insisted, "I will not sign
                  something to be paid off by ⟦ten generations⟧ of Ukrainians."
        """)],
    run: { inv, ctx throws(Diagnostic) in
      guard let id = inv.string("id") else {
        throw inv.error("source.id.missing", "`source` needs a row id such as q1 or a3", at: "id")
      }
      return CommandOutput(.record(try record(id, ctx.corpus, inv)))
    })

  static func record(_ id: String, _ c: Corpus, _ inv: Invocation) throws(Diagnostic) -> Record {
    guard let p = c.provenance(ofID: id), let text = c.highlighted(p) else {
      throw inv.error(
        "source.id.unknown", "no row with id `\(id)`", at: "id",
        hint: "ids look like q1 (quotes), a1 (amounts), d1 (dates), e1 (events), s1 (sentences)", kind: .name)
    }
    return Record(fields: schema.names, values: [
      .string(id.lowercased()), .string(p.doc), .int(p.sentence), .int(p.span.start), .int(p.span.end), .string(text),
    ])
  }
}
