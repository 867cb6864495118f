import LodeCore
import LodeModel

/// `speakers`: who is quoted, and how often.
enum SpeakersCommand {
  static let schema = Schema([
    Schema.Column("speaker", .string), Schema.Column("quotes", .number),
    Schema.Column("speaker_id", .string, hidden: true),
  ])

  static let descriptor = CommandDescriptor(
    name: "speakers", module: "Quotes",
    summary: "Everyone quoted, with how many quotes, most quoted first",
    discussion: """
      One row per resolved speaker, sorted by the number of quotes (most first), then by \
      name. Quotes whose speaker could not be resolved are counted in a note, not as a \
      speaker. The hidden `speaker_id` column is the person's id.
      """,
    signature: Signature([], input: .any, output: .table),
    examples: [
      Example(
        "Who is quoted", "speakers",
        output: """
          speaker             quotes
          ──────────────────  ──────
          Volodymyr Zelensky       6
          Donald Trump             1
          Elon Musk                1
          Ruslan Stefanchuk        1
          """)
    ],
    outputSchema: schema,
    run: { _, ctx in
      var counts: [String: (name: String, id: String?, n: Int)] = [:]
      var unresolved = 0
      for q in ctx.corpus.quotes {
        guard let name = q.speaker else {
          unresolved += 1
          continue
        }
        let key = q.speakerID ?? Fold.key(name)
        counts[key, default: (name, q.speakerID, 0)].n += 1
      }
      let rows = counts.values.sorted {
        $0.n != $1.n ? $0.n > $1.n : Value.order(.string($0.name), .string($1.name)) < 0
      }.map { [Value.string($0.name), .int($0.n), $0.id.map(Value.string) ?? .null] }
      let notes = unresolved > 0 ? ["\(unresolved) quote\(unresolved == 1 ? "" : "s") without a resolved speaker"] : []
      return CommandOutput(.table(Table(schema: schema, rows: rows)), notes: notes)
    })
}
