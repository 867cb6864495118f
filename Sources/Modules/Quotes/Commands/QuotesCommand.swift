import LodeCore
import LodeModel

/// `quotes`: every quotation in the corpus with its attributed speaker.
enum QuotesCommand {
  static let descriptor = CommandDescriptor(
    name: "quotes", module: "Quotes",
    summary: "All quotations with speaker, kind, attribution method and confidence",
    discussion: """
      One row per quotation in corpus order (ids q1, q2, … follow that order). `kind` is \
      direct, partial or indirect; `method` says how the speaker was found (named, title, \
      according, pronoun, adjacent, unresolved) and `confidence` how sure that is (0–1). \
      Hidden columns: speaker_id, source (the mention the attribution rests on, as \
      written), source_start, source_end, cue, doc, sentence, start, end. `why ID` explains \
      one attribution; `source` shows the sentence.
      """,
    signature: Signature([], input: .any, output: .table),
    examples: [
      Example("All quotes", "quotes"),
      Example("How many", "quotes | count"),
      Example("Zelensky's, by alias", "quotes | where speaker = \"Zelenskyy\""),
    ],
    outputSchema: QuoteRows.schema,
    run: { _, ctx in CommandOutput(.table(QuoteRows.table(ctx.corpus.quotes))) })
}
