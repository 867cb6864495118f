import LodeCore
import LodeModel

/// `said PERSON`: the quotes attributed to a person, found by any of their names.
enum SaidCommand {
  static let descriptor = CommandDescriptor(
    name: "said", module: "Quotes",
    summary: "Quotes attributed to a person, by any name or alias",
    discussion: """
      PERSON is matched against the names and aliases of the corpus's people and \
      organisations, ignoring case and diacritics: the full name, a surname alone, \
      another spelling (Zelenskyy, Zelenskiy, Зеленський → Zelensky) or a near miss. \
      Unknown names are an error with close suggestions. Same columns as `quotes`.
      """,
    signature: Signature(
      [Parameter("person", .word, help: "a name or alias", completion: .domain("speakers"))],
      input: .any, output: .table),
    examples: [
      Example(
        "Zelensky's quotes under another spelling", "said Zelenskyy",
        output: """
          id  speaker             text                                         kind      method     confidence
          ──  ──────────────────  ───────────────────────────────────────────  ────────  ─────────  ──────────
          q2  Volodymyr Zelensky  the Ukrainian government is open to sharin…  indirect  according         0.8
          q3  Volodymyr Zelensky  We are prepared to share [resources]         direct    pronoun           0.8
          q4  Volodymyr Zelensky  I will not sign something to be paid off b…  direct    pronoun           0.8
          q6  Volodymyr Zelensky  I cannot sell Ukraine                        direct    named            0.95
          q8  Volodymyr Zelensky  conditional elements related to NATO membe…  indirect  title             0.8
          q9  Volodymyr Zelensky  We want to see greater partnership from th…  direct    pronoun           0.8
          """),
      Example("Count them", "said Zelenskyy | count", output: "6"),
    ],
    outputSchema: QuoteRows.schema,
    run: { inv, ctx throws(Diagnostic) in
      let corpus = ctx.corpus
      let name = inv.string("person") ?? ""
      let matcher = PersonMatcher(corpus.people + corpus.organisations)
      let (people, approximate) = matcher.match(name)
      let ids = Set(people.map(\.id))
      let names = Set(people.map { Fold.key($0.name) })
      var quotes = corpus.quotes.filter { q in
        q.speakerID.map(ids.contains) ?? false || q.speaker.map { names.contains(Fold.key($0)) } ?? false
      }
      if people.isEmpty {
        quotes = corpus.quotes.filter { q in q.speaker.map { Fold.contains($0, name) } ?? false }
      }
      if people.isEmpty && quotes.isEmpty {
        let speakers = corpus.quotes.compactMap(\.speaker)
        throw inv.error(
          "said.unknownPerson", "no person or speaker matches “\(name)”", at: "person",
          hint: "`speakers` lists who is quoted", kind: .name,
          suggestions: (matcher.suggestions(name) + Suggest.closest(to: name, in: speakers)).firstOccurrences())
      }
      var notes: [String] = []
      if let p = people.first, people.count == 1, approximate {
        notes.append("“\(name)” taken as \(p.name)")
      } else if people.count > 1 {
        notes.append("“\(name)” matches \(people.map(\.name).joined(separator: ", "))")
      }
      if quotes.isEmpty, let p = people.first {
        notes.append("\(people.count == 1 ? p.name : "they") not quoted in the corpus")
      }
      return CommandOutput(.table(QuoteRows.table(quotes)), notes: notes)
    })
}

extension Array where Element: Hashable {
  func firstOccurrences() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
