import LodeCore
import LodeModel

/// Quote attribution: `quotes`, `said PERSON`, `who-said "fragment"`, `speakers` and
/// `why ID`, all over the quotes the extractor attributed.
public enum QuotesModule: LodeModule {
  public static let name = "Quotes"

  public static let commands: [CommandDescriptor] = [
    QuotesCommand.descriptor, SaidCommand.descriptor, WhoSaidCommand.descriptor,
    SpeakersCommand.descriptor, WhyCommand.descriptor,
  ]
}

extension QuotesModule {
  /// `people` (every person, with aliases), `speakers` (only those quoted) and `quote-ids`.
  public static let completionDomains: [CompletionDomain] = [
    // In corpus order: the editor sorts what it lists, and sorting Strings here would be
    // most of a first Tab's time on a large corpus.
    CompletionDomain("people", entities: { context in context.corpus.people.map { [$0.name] + $0.aliases } }),
    CompletionDomain("speakers", entities: speakers),
    CompletionDomain("quote-ids", values: { context in context.corpus.quotes.map(\.id) }),
  ]

  /// People quoted, as completion entities: the name first, then every alias, so
  /// `said Zelenskyy⇥`-style spellings are offered once per person; speakers the gazetteer
  /// does not know follow, sorted.
  static func speakers(_ context: Context) -> [[String]] {
    let corpus = context.corpus
    // A speaker's quotes mostly follow one another: comparing with the last one is far
    // cheaper than hashing every quote's speaker.
    var quoted = Set<String>()
    var last: String?
    for q in corpus.quotes {
      guard let s = q.speaker, s != last else { continue }
      last = s
      quoted.insert(s)
    }
    var entities = corpus.people.filter { quoted.contains($0.name) }.map { [$0.name] + $0.aliases }
    let known = Set(entities.map { $0[0] })
    entities += quoted.subtracting(known).sorted().map { [$0] }
    return entities
  }
}
