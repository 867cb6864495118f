import LodeCore
import LodeModel

/// The Corpus module: the documents and what was extracted from them, as tables
/// (`documents`, `sentences`, `amounts`, `dates`, `people`, `orgs`, `minerals`) and `source ID`.
public enum CorpusModule: LodeModule {
  public static let name = "corpus"

  public static let commands: [CommandDescriptor] = [
    table(
      "documents", "List the loaded documents with their dates and sizes", CorpusTables.documentsSchema,
      discussion:
        "date_source says whether the date came from front matter (explicit), the latest full date in the text (inferred), or nowhere (unknown).",
      examples: [
        Example(
          "Documents and their dates", "documents | select id, date, date_source",
          output: """
            id                    date        date_source
            ────────────────────  ──────────  ───────────
            000_a0cafe3b4e70e2b9  2025-02-24  inferred
            """)
      ],
      CorpusTables.documents
    ).building { _, ctx, names in CorpusTables.documentsColumns(ctx.corpus, names) },
    table(
      "sentences", "List every sentence of every document", CorpusTables.sentencesSchema,
      examples: [
        Example(
          "The first sentences", "sentences | limit 3",
          output: """
            id  doc                   index  text
            ──  ────────────────────  ─────  ───────────────────────────────────────────────────────────────────
            s1  000_a0cafe3b4e70e2b9      0  Efforts to negotiate access to Ukraine's vast mineral wealth, part…
            s2  000_a0cafe3b4e70e2b9      1  On February 24, 2025, Speaker of the Ukrainian Parliament Ruslan S…
            s3  000_a0cafe3b4e70e2b9      2  These minerals are deemed strategically significant for both milit…
            """)
      ], CorpusTables.sentences
    ).building { _, ctx, names in CorpusTables.sentencesColumns(ctx.corpus, names) },
    table(
      "amounts", "Money, percents, fractions and counts found in the text", CorpusTables.amountsSchema,
      discussion:
        "value is exact: money in its currency, percents and fractions as fractions, counts as numbers. refers_to is the noun phrase quantified; holder who claims the figure, when the text says.",
      examples: [
        Example(
          "Money figures only", "amounts | where kind = \"money\"",
          output: """
            id  text                        kind              value  refers_to            holder
            ──  ──────────────────────────  ─────  ────────────────  ───────────────────  ────────────
            a2  approximately $500 billion  money  $500,000,000,000  Ukrainian resources  Donald Trump
            a6  $350 billion                money  $350,000,000,000  resources
            """)
      ], CorpusTables.amounts
    ).building { _, ctx, names in CorpusTables.amountsColumns(ctx.corpus, names) },
    table(
      "dates", "Dates in the text, absolute and relative to the document date", CorpusTables.datesSchema,
      discussion:
        "value is ISO 8601 (2025-02-24, 2025-02, 2025, 2025-W08) or TimeML (2012-SU, 1990-Q3, 1990-H1, FY1990, 199 for a decade, 19 for a century, PRESENT_REF, PAST_REF, FUTURE_REF); precision is day, week, month, quarter, season, half, year, fiscal_year, decade, century, approx, or present/past/future for the vague references, which date no event. Relative dates (\"on Friday\", \"last week\", \"the third quarter\") resolve against the document date and the clause's tense.",
      examples: [
        Example(
          "Day-precision dates", "dates | where precision = \"day\"",
          output: """
            id  text               value       precision
            ──  ─────────────────  ──────────  ─────────
            d1  February 24, 2025  2025-02-24  day
            """)
      ], CorpusTables.dates
    ).building { _, ctx, names in CorpusTables.datesColumns(ctx.corpus, names) },
    table(
      "people", "People in the gazetteer and people found in the text", CorpusTables.peopleSchema,
      examples: [
        Example(
          "Who is mentioned most", "people | sort mentions desc | limit 5",
          output: """
            id          name                aliases                  role                      country  mentions
            ──────────  ──────────────────  ───────────────────────  ────────────────────────  ───────  ────────
            zelensky    Volodymyr Zelensky  [Zelensky, Zelenskyy, …  President of Ukraine      UA              6
            trump       Donald Trump        [Trump, Donald J. Trum…  President of the United…  US              4
            stefanchuk  Ruslan Stefanchuk   [Stefanchuk, Ruslan Ol…  Chairman (Speaker) of t…  UA              1
            musk        Elon Musk           [Musk]                   Owner of SpaceX/Starlin…  US              1
            bessent     Scott Bessent       [Bessent, Besant, Bess…  US Secretary of the Tre…  US              0
            """)
      ],
      { CorpusTables.people($0.people, $0) }
    ).building { _, ctx, names in
      let c = ctx.corpus
      return CorpusTables.peopleColumns(c.people, c, names)
    },
    table(
      "orgs", "Organisations and countries with their mention counts", CorpusTables.peopleSchema,
      examples: [
        Example(
          "The most-mentioned", "orgs | sort mentions desc | limit 3",
          output: """
            id             name           aliases                                     role     country  mentions
            ─────────────  ─────────────  ──────────────────────────────────────────  ───────  ───────  ────────
            ukraine        Ukraine        [Ukrainian government, Kyiv government, U…  country  UA             15
            united-states  United States  [U.S., US, USA, U.S.A., United States of …  country  US             12
            china          China          [People's Republic of China, Beijing]       country  CN              2
            """)
      ],
      { CorpusTables.people($0.organisations, $0) }
    ).building { _, ctx, names in
      let c = ctx.corpus
      return CorpusTables.peopleColumns(c.organisations, c, names)
    },
    table(
      "minerals", "Rare-earth elements, EU critical raw materials and other minerals", CorpusTables.mineralsSchema,
      discussion: """
        One row per mineral of the bundled reference data. `critical_eu` is true for the \
        34 critical raw materials of the EU (Regulation (EU) 2024/1252, Annex II; scandium \
        included, heavy and light rare earths as two entries); `strategic_eu` says whether \
        the EU also lists it as strategic (Annex I), as the source puts it: yes, no, \
        partly, or yes (magnet REE). The hidden `eu_name` is the material as the EU names \
        it where that differs (titanium: "Titanium metal"; an ore such as ilmenite is not \
        the listed material). `deposits` lists the reference deposits holding it, \
        `mentions` counts the places the loaded articles name it; hidden: `aliases`, \
        `source`.
        """,
      examples: [
        Example(
          "Rare earths", "minerals | where group = \"rare-earth\"",
          output: """
            symbol  name                group       critical_eu  strategic_eu      deposits             mentions
            ──────  ──────────────────  ──────────  ───────────  ────────────────  ───────────────────  ────────
            REE     Rare-earth elemen…  rare-earth  false        partly            [Novopoltavske, Az…         7
            Sc      Scandium            rare-earth  true         no                []                          0
            Y       Yttrium             rare-earth  false        no                [Novopoltavske, Az…         0
            La      Lanthanum           rare-earth  false        no                [Novopoltavske]             0
            Ce      Cerium              rare-earth  false        yes (magnet REE)  []                          0
            Pr      Praseodymium        rare-earth  false        yes (magnet REE)  []                          0
            Nd      Neodymium           rare-earth  false        yes (magnet REE)  []                          0
            Pm      Promethium          rare-earth  false        no                []                          0
            Sm      Samarium            rare-earth  false        yes (magnet REE)  [Novopoltavske]             0
            Eu      Europium            rare-earth  false        no                [Novopoltavske]             0
            Gd      Gadolinium          rare-earth  false        yes (magnet REE)  []                          0
            Tb      Terbium             rare-earth  false        yes (magnet REE)  [Novopoltavske]             0
            Dy      Dysprosium          rare-earth  false        yes (magnet REE)  []                          0
            Ho      Holmium             rare-earth  false        no                []                          0
            Er      Erbium              rare-earth  false        no                []                          0
            Tm      Thulium             rare-earth  false        no                []                          0
            Yb      Ytterbium           rare-earth  false        no                [Perzhanske]                0
            Lu      Lutetium            rare-earth  false        no                []                          0
            """),
        Example(
          "The EU's critical raw materials (Regulation (EU) 2024/1252, Annex II)",
          "minerals | where critical_eu | count", output: "34"),
        Example(
          "Critical and strategic", "minerals | where strategic_eu = \"yes\" | select symbol, name | limit 3",
          output: """
            symbol  name
            ──────  ─────────
            Al      Aluminium
            Bi      Bismuth
            B       Boron
            """),
      ], CorpusTables.minerals),
    SourceCommand.descriptor,
  ]

  /// `row-ids`: every extracted row's id, for `source ⇥`: quotes, amounts, dates, events,
  /// then sentences, each in corpus order.
  public static let completionDomains: [CompletionDomain] = [
    CompletionDomain(
      "row-ids",
      values: { context in
        let c = context.corpus
        let sentences = c.documents.reduce(0) { $0 + $1.sentences.count }
        return c.quotes.map(\.id) + c.amounts.map(\.id) + c.dates.map(\.id) + c.events.map(\.id)
          + (0..<sentences).map { "s\($0 + 1)" }
      })
  ]

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
