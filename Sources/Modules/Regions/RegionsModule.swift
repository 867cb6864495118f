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

  /// Regions as completion entities: the short name first (`Zaporizhzhia`), then the full
  /// name, the ISO code, the Ukrainian name and every alias, Cyrillic ones included. A short
  /// name another region already has as its name (`Kyiv` the city) gives way to the full one.
  /// An area spanning several regions (Donbas, Donbass) is one more entity, after them.
  public static func completionEntities(domain: String, context: Context) -> [[String]]? {
    guard domain == "regions" else { return nil }
    let regions = context.corpus.reference.regions
    let names = Set(regions.map(\.name))
    // Names of one area (same regions) are one entity: Donbas, then Donbass.
    var areas: [(codes: [String], names: [String])] = []
    for n in context.corpus.reference.regionNames where n.isArea {
      if let i = areas.firstIndex(where: { $0.codes == n.codes }) {
        areas[i].names.append(n.name)
      } else {
        areas.append((n.codes, [n.name]))
      }
    }
    return regionEntities(regions, names) + areas.map(\.names)
  }

  private static func regionEntities(_ regions: [Region], _ names: Set<String>) -> [[String]] {
    regions.map { r in
      var short: [String] = []
      if r.name.hasSuffix(" Oblast") {
        let s = String(r.name.dropLast(" Oblast".count))
        if !names.contains(s) { short = [s] }
      }
      var seen = Set<String>()
      return (short + [r.name, r.code, r.ukrainian] + r.aliases).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
  }
}
