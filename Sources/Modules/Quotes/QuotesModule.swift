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
}
