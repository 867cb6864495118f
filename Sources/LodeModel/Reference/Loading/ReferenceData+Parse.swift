import Foundation
import LodeCore

extension ReferenceData {
  /// The reference data shipped in the binary, built once on first use from the prebuilt
  /// form generated from the embedded TSVs (Generated/BundledReference.swift).
  public static var bundled: ReferenceData { BundledReference.shared.data }

  /// Problems found while parsing the bundled reference files (empty when all is well).
  public static var bundledDiagnostics: [Diagnostic] { BundledReference.shared.diagnostics }

  /// Parses reference TSV files by name (`regions.tsv`, `minerals.tsv`, `deposits.tsv`,
  /// `people.tsv`, `orgs.tsv`); unknown files are ignored, bad rows become diagnostics.
  public static func parse(_ files: [BundledFile]) -> (ReferenceData, [Diagnostic]) {
    var diags: [Diagnostic] = []
    var data = ReferenceData()
    for file in files {
      let table = TSVTable(name: file.name, text: file.text, diagnostics: &diags)
      switch file.name {
      case "regions.tsv": data.regions = table.records.compactMap { region($0, &diags) }
      case "minerals.tsv": data.minerals = table.records.compactMap { mineral($0, &diags) }
      case "deposits.tsv": data.deposits = table.records.map(deposit)
      case "people.tsv": data.people = table.records.map { person($0, organisation: false) }
      case "orgs.tsv": data.organisations = table.records.map { person($0, organisation: true) }
      default: continue
      }
    }
    return (data, diags)
  }

  private static func region(_ r: TSVRecord, _ diags: inout [Diagnostic]) -> Region? {
    guard !r["code"].isEmpty, !r["name"].isEmpty else {
      diags.append(Diagnostic(.warning, id: "reference.region.missing", "regions.tsv: a row lacks code or name", source: "regions.tsv"))
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
      diags.append(Diagnostic(.warning, id: "reference.mineral.group", "minerals.tsv: \(r["symbol"]) has unknown group '\(r["group"])'", source: "minerals.tsv"))
      return nil
    }
    return Mineral(symbol: r["symbol"], name: r["name"], group: group, aliases: r.list("aliases"), source: r["source"])
  }

  private static func deposit(_ r: TSVRecord) -> Deposit {
    var d = Deposit(
      id: r["id"], name: r["name"], region: r["region"], minerals: r.list("minerals"),
      status: r.optional("status"), note: r.optional("note"), source: r["source"])
    d.aliases = r.list("aliases")
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
