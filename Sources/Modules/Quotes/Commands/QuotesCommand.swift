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
      written), source_start, source_end, source_kind (person, organisation, document, \
      description, unknown), cue, doc, sentence, start, end. `why ID` explains \
      one attribution; `source` shows the sentence.
      """,
    signature: Signature([], input: .any, output: .table),
    examples: [
      Example(
        "All quotes", "quotes",
        output: """
          id  speaker             text                                         kind      method     confidence
          ──  ──────────────────  ───────────────────────────────────────────  ────────  ─────────  ──────────
          q1  Ruslan Stefanchuk   plans to commence serious discussions with…  indirect  named             0.8
          q2  Volodymyr Zelensky  the Ukrainian government is open to sharin…  indirect  according         0.8
          q3  Volodymyr Zelensky  We are prepared to share [resources]         direct    pronoun           0.8
          q4  Volodymyr Zelensky  I will not sign something to be paid off b…  direct    pronoun           0.8
          q5  Donald Trump        I think we are pretty close, yes. I think …  direct    named            0.95
          q6  Volodymyr Zelensky  I cannot sell Ukraine                        direct    named            0.95
          q7  Elon Musk           the validity of such claims                  indirect  named             0.8
          q8  Volodymyr Zelensky  conditional elements related to NATO membe…  indirect  title             0.8
          q9  Volodymyr Zelensky  We want to see greater partnership from th…  direct    pronoun           0.8
          """),
      Example("How many", "quotes | count", output: "9"),
      Example(
        "Zelensky's, by alias", "quotes | where speaker = \"Zelenskyy\" | select id, kind, method",
        output: """
          id  kind      method
          ──  ────────  ─────────
          q2  indirect  according
          q3  direct    pronoun
          q4  direct    pronoun
          q6  direct    named
          q8  indirect  title
          q9  direct    pronoun
          """),
    ],
    outputSchema: QuoteRows.schema,
    run: { _, ctx in CommandOutput(.table(QuoteRows.table(ctx.corpus.quotes))) }
  ).building { _, ctx, names in QuoteRows.columns(ctx.corpus.quotes, names) }
}
