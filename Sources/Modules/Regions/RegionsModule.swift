import LodeCore
import LodeModel

/// Region lookup: `regions`, `region NAME` (any name, code, Cyrillic, typos), `deposits`
/// and a text `map` of Ukraine that highlights the regions piped into it.
public enum RegionsModule: LodeModule {
  public static let name = "Regions"

  public static let commands: [CommandDescriptor] = [
    RegionsCommand.descriptor, RegionCommand.descriptor, DepositsCommand.descriptor,
    MapCommand.descriptor,
  ]
}

extension RegionsModule {
  /// `regions` (names, codes, Ukrainian names, aliases, areas) and `minerals`.
  public static let completionDomains: [CompletionDomain] = [
    CompletionDomain("regions", values: regionValues, entities: regionEntities),
    CompletionDomain(
      "minerals",
      values: { context in
        context.corpus.reference.minerals.map { Fold.key($0.name) }.sorted()
      }),
  ]

  /// What a string literal offers for a region: short names, full names, then ISO codes.
  static func regionValues(_ context: Context) -> [String] {
    let reference = context.corpus.reference
    let short = reference.regions.compactMap { r in
      r.name.hasSuffix(" Oblast") ? String(r.name.dropLast(" Oblast".count)) : nil
    }
    return short + reference.regions.map(\.name) + reference.regions.map(\.code)
  }

  /// Regions as completion entities: the short name first (`Zaporizhzhia`), then the full
  /// name, the ISO code, the Ukrainian name and every alias, Cyrillic ones included. A short
  /// name another region already has as its name (`Kyiv` the city) gives way to the full one.
  /// An area spanning several regions (Donbas, Donbass) is one more entity, after them.
  static func regionEntities(_ context: Context) -> [[String]] {
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
