import LodeCore
import LodeModel

/// The Corpus module: the documents and what was extracted from them, as tables
/// (`documents`, `sentences`, `amounts`, `dates`, `people`, `orgs`, `minerals`) and `source ID`.
public enum CorpusModule {
  public static let commands: [CommandDescriptor] = [
    table(
      "documents", "List the loaded documents with their dates and sizes", CorpusTables.documentsSchema,
      discussion: "date_source says whether the date came from front matter (explicit), the latest full date in the text (inferred), or nowhere (unknown).",
      examples: [Example("Documents and their dates", "documents | select id, date, date_source")],
      CorpusTables.documents),
    table(
      "sentences", "List every sentence of every document", CorpusTables.sentencesSchema,
      examples: [Example("The first sentences", "sentences | limit 3")], CorpusTables.sentences),
    table(
      "amounts", "Money, percents, fractions and counts found in the text", CorpusTables.amountsSchema,
      discussion: "value is exact: money in its currency, percents and fractions as fractions, counts as numbers. refers_to is the noun phrase quantified; holder who claims the figure, when the text says.",
      examples: [Example("Money figures only", "amounts | where kind = \"money\"")], CorpusTables.amounts),
    table(
      "dates", "Dates in the text, absolute and relative to the document date", CorpusTables.datesSchema,
      discussion: "precision is day, week, month, year or approx; relative dates (\"on Friday\", \"last week\") resolve against the document date.",
      examples: [Example("Day-precision dates", "dates | where precision = \"day\"")], CorpusTables.dates),
    table(
      "people", "People in the gazetteer and people found in the text", CorpusTables.peopleSchema,
      examples: [Example("Who is mentioned most", "people | sort mentions desc | limit 5")],
      { CorpusTables.people($0.people, $0) }),
    table(
      "orgs", "Organisations and countries with their mention counts", CorpusTables.peopleSchema,
      examples: [Example("Mentioned organisations", "orgs | where mentions > 0")],
      { CorpusTables.people($0.organisations, $0) }),
    table(
      "minerals", "Rare-earth elements, EU critical raw materials and other minerals", CorpusTables.mineralsSchema,
      examples: [Example("Rare earths", "minerals | where group = \"rare-earth\"")], CorpusTables.minerals),
    SourceCommand.descriptor,
  ]

  public static let functions: [FunctionDescriptor] = []

  static func table(
    _ name: String, _ summary: String, _ schema: Schema, discussion: String = "", examples: [Example] = [],
    _ build: @escaping @Sendable (Corpus) -> Table
  ) -> CommandDescriptor {
    CommandDescriptor(
      name: name, module: "corpus", summary: summary, discussion: discussion,
      signature: Signature([], input: .any, output: .table), examples: examples, outputSchema: schema,
      run: { _, ctx throws(Diagnostic) in CommandOutput(.table(build(ctx.corpus))) })
  }
}
