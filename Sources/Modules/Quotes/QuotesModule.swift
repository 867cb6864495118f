import LodeCore
import LodeModel

/// Quote attribution: `quotes`, `said PERSON`, `who-said "fragment"`, `speakers` and
/// `why ID`, all over the quotes the extractor attributed.
public enum QuotesModule {
  public static let commands: [CommandDescriptor] = [
    QuotesCommand.descriptor, SaidCommand.descriptor, WhoSaidCommand.descriptor,
    SpeakersCommand.descriptor, WhyCommand.descriptor,
  ]

  public static let functions: [FunctionDescriptor] = []
}

extension QuotesModule {
  /// Values for the completion domains this module's parameters name (`people`,
  /// `speakers`, `quote-ids`), for the shell's `CompletionSource`; nil for other domains.
  public static func completions(domain: String, context: Context) -> [String]? {
    let corpus = context.corpus
    switch domain {
    case "people": return corpus.people.map(\.name).sorted()
    case "speakers": return Array(Set(corpus.quotes.compactMap(\.speaker))).sorted()
    case "quote-ids": return corpus.quotes.map(\.id)
    default: return nil
    }
  }

  /// People (or only those quoted, for `speakers`) as completion entities: the name first,
  /// then every alias, so `said Zelenskyy⇥`-style spellings are offered once per person.
  public static func completionEntities(domain: String, context: Context) -> [[String]]? {
    let corpus = context.corpus
    switch domain {
    // In corpus order: the editor sorts what it lists, and sorting Strings here would be
    // most of a first Tab's time on a large corpus.
    case "people":
      return corpus.people.map { [$0.name] + $0.aliases }
    case "speakers":
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
    default: return nil
    }
  }
}
