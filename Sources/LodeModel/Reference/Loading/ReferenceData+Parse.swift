import Foundation
import LodeCore

extension ReferenceData {
  /// The reference data shipped in the binary, built once on first use from the prebuilt
  /// form generated from the embedded TSVs (Generated/BundledReference.swift).
  public static var bundled: ReferenceData { BundledReference.shared.data }

  /// Problems found while parsing the bundled reference files (empty when all is well).
  public static var bundledDiagnostics: [Diagnostic] { BundledReference.shared.diagnostics }

  /// Parses reference TSV files by name (`regions.tsv`, `region_names.tsv`,
  /// `minerals.tsv`, `deposits.tsv`, `people.tsv`, `orgs.tsv`); unknown files are ignored,
  /// bad rows become diagnostics. Region names are then merged into the regions: a name
  /// of one region becomes one of its aliases, an area's name a weak alias of each region
  /// it spans.
  public static func parse(_ files: [BundledFile]) -> (ReferenceData, [Diagnostic]) {
    var diags: [Diagnostic] = []
    var data = ReferenceData()
    for file in files {
      let table = TSVTable(name: file.name, text: file.text, diagnostics: &diags)
      switch file.name {
      case "regions.tsv": data.regions = table.records.compactMap { region($0, &diags) }
      case "region_names.tsv": data.regionNames = table.records.compactMap { regionName($0, &diags) }
      case "minerals.tsv": data.minerals = table.records.compactMap { mineral($0, &diags) }
      case "deposits.tsv": data.deposits = table.records.map(deposit)
      case "people.tsv": data.people = table.records.map { person($0, organisation: false) }
      case "orgs.tsv": data.organisations = table.records.map { person($0, organisation: true) }
      default: continue
      }
    }
    data.mergeRegionNames(&diags)
    return (data, diags)
  }

  private static func regionName(_ r: TSVRecord, _ diags: inout [Diagnostic]) -> RegionName? {
    guard !r["name"].isEmpty, !r.list("codes").isEmpty, !r["source"].isEmpty else {
      diags.append(
        Diagnostic(
          .warning, id: "reference.regionName.missing", "region_names.tsv: a row lacks name, codes or source",
          source: "region_names.tsv"))
      return nil
    }
    return RegionName(
      name: r["name"], codes: r.list("codes"), kind: r["kind"], note: r.optional("note"), source: r["source"])
  }

  /// Adds each region name to the aliases (one region) or weak aliases (an area) of the
  /// regions it denotes, once; a name whose code is unknown becomes a diagnostic.
  mutating func mergeRegionNames(_ diags: inout [Diagnostic]) {
    for n in regionNames {
      for code in n.codes {
        guard let i = regions.firstIndex(where: { $0.code == code }) else {
          diags.append(
            Diagnostic(
              .warning, id: "reference.regionName.code", "region_names.tsv: \(n.name) names unknown region \(code)",
              source: "region_names.tsv"))
          continue
        }
        let key = Fold.key(n.name)
        if n.isArea {
          if !regions[i].weakAliases.contains(where: { Fold.key($0) == key }) { regions[i].weakAliases.append(n.name) }
        } else if !([regions[i].name] + regions[i].aliases).contains(where: { Fold.key($0) == key }) {
          regions[i].aliases.append(n.name)
        }
      }
    }
  }

  private static func region(_ r: TSVRecord, _ diags: inout [Diagnostic]) -> Region? {
    guard !r["code"].isEmpty, !r["name"].isEmpty else {
      diags.append(
        Diagnostic(
          .warning, id: "reference.region.missing", "regions.tsv: a row lacks code or name", source: "regions.tsv"))
      return nil
    }
    let status = Region.Occupation.Status(rawValue: r["occupation"]) ?? .none
    let asOf = DateValue.parse(r["occupation_as_of"]) ?? DateValue(year: 2025, month: 2)
    var sources: [String] = []
    for key in ["names_source", "aliases_source", "area_source", "population_source", "occupation_source"] {
      let v = r[key]
      if !v.isEmpty, !sources.contains(v) { sources.append(v) }
    }
    var region = Region(
      code: r["code"], name: r["name"], isoName: r["iso_name"], ukrainian: r["ukrainian"],
      type: r["type"], centre: r.optional("centre"), aliases: r.list("aliases"),
      areaKm2: number(r["area_km2"]), population: number(r["population"]),
      occupation: Region.Occupation(
        status: status, asOf: asOf, note: r.optional("occupation_note"), source: r["occupation_source"]),
      sources: sources)
    region.weakAliases = r.list("weak_aliases")
    return region
  }

  /// A number column: plain digits without Foundation's locale-aware scanner (start-up).
  static func number(_ text: String) -> Decimal? {
    Decimal(plainDigits: text) ?? (text.isEmpty ? nil : Decimal(string: text))
  }

  private static func mineral(_ r: TSVRecord, _ diags: inout [Diagnostic]) -> Mineral? {
    guard let group = Mineral.Group(rawValue: r["group"]) else {
      diags.append(
        Diagnostic(
          .warning, id: "reference.mineral.group", "minerals.tsv: \(r["symbol"]) has unknown group '\(r["group"])'",
          source: "minerals.tsv"))
      return nil
    }
    var m = Mineral(symbol: r["symbol"], name: r["name"], group: group, aliases: r.list("aliases"), source: r["source"])
    m.criticalEU = r["critical_eu"] == "yes"
    m.strategicEU = r.optional("strategic_eu") ?? "no"
    m.euName = r.optional("eu_name")
    return m
  }

  private static func deposit(_ r: TSVRecord) -> Deposit {
    let regions = r.list("region")
    var d = Deposit(
      id: r["id"], name: r["name"], region: regions.first ?? "", minerals: r.list("minerals"),
      status: r.optional("status"), note: r.optional("note"), source: r["source"])
    d.aliases = r.list("aliases")
    d.regions = regions
    return d
  }

  private static func person(_ r: TSVRecord, organisation: Bool) -> Person {
    Person(
      id: r["id"], name: r["name"], aliases: r.list("aliases"),
      role: organisation ? r.optional("kind") : r.optional("role"),
      country: r.optional("country"), pronoun: r.optional("pronoun"), source: r.optional("source"),
      isOrganisation: organisation)
  }
}

/// The bundled reference data, built once: a global `let` is initialised lazily and
/// thread-safely. It is what `ReferenceData.parse(BundledSeeds.reference)` returns, but
/// generated as Swift values (parsing the text cost 3.5M instructions at every start);
/// `BundledReferenceTests` fails when the generated file no longer matches the TSVs.
private final class BundledReference: Sendable {
  static let shared = BundledReference()
  let data: ReferenceData
  let diagnostics: [Diagnostic]
  private init() { (data, diagnostics) = ReferenceData.prebuilt() }
}
