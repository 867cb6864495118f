import LodeCore
import LodeModel

/// Region lookup: `regions`, `region NAME` (any name, code, Cyrillic, typos), `deposits`
/// and a text `map` of Ukraine that highlights the regions piped into it.
public enum RegionsModule {
  public static let commands: [CommandDescriptor] = [
    RegionsCommand.descriptor, RegionCommand.descriptor, DepositsCommand.descriptor,
    MapCommand.descriptor,
  ]

  public static let functions: [FunctionDescriptor] = []
}

extension RegionsModule {
  /// Values for the completion domains this module's parameters name (`regions`,
  /// `minerals`), for the shell's `CompletionSource`; nil for other domains.
  public static func completions(domain: String, context: Context) -> [String]? {
    let reference = context.corpus.reference
    switch domain {
    case "regions":
      let short = reference.regions.compactMap { r in
        r.name.hasSuffix(" Oblast") ? String(r.name.dropLast(" Oblast".count)) : nil
      }
      return short + reference.regions.map(\.name) + reference.regions.map(\.code)
    case "minerals": return reference.minerals.map { Fold.key($0.name) }.sorted()
    default: return nil
    }
  }
}
