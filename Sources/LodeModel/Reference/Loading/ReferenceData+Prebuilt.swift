import Foundation
import LodeCore

/// Builders the generated `BundledReference.swift` calls, one positional argument per
/// field, so the generated file stays short and every field is set explicitly.
extension ReferenceData {
  static func makeRegion(
    _ code: String, _ name: String, _ isoName: String, _ ukrainian: String, _ type: String,
    _ centre: String?, _ aliases: [String], _ weakAliases: [String], _ areaKm2: Decimal?,
    _ population: Decimal?, _ occupation: Region.Occupation, _ sources: [String]
  ) -> Region {
    var r = Region(
      code: code, name: name, isoName: isoName, ukrainian: ukrainian, type: type, centre: centre,
      aliases: aliases, areaKm2: areaKm2, population: population, occupation: occupation,
      sources: sources)
    r.weakAliases = weakAliases
    return r
  }

  static func makeRegionName(
    _ name: String, _ codes: [String], _ kind: String, _ note: String?, _ source: String
  ) -> RegionName {
    RegionName(name: name, codes: codes, kind: kind, note: note, source: source)
  }

  static func makeOccupation(
    _ status: Region.Occupation.Status, _ asOf: DateValue, _ note: String?, _ source: String
  ) -> Region.Occupation {
    Region.Occupation(status: status, asOf: asOf, note: note, source: source)
  }

  static func makeDeposit(
    _ id: String, _ name: String, _ aliases: [String], _ regions: [String], _ minerals: [String],
    _ status: String?, _ note: String?, _ source: String
  ) -> Deposit {
    var d = Deposit(
      id: id, name: name, region: regions.first ?? "", minerals: minerals, status: status,
      note: note, source: source)
    d.aliases = aliases
    d.regions = regions
    return d
  }

  static func makeMineral(
    _ symbol: String, _ name: String, _ group: Mineral.Group, _ aliases: [String],
    _ criticalEU: Bool, _ strategicEU: String, _ euName: String?, _ source: String
  ) -> Mineral {
    var m = Mineral(symbol: symbol, name: name, group: group, aliases: aliases, source: source)
    m.criticalEU = criticalEU
    m.strategicEU = strategicEU
    m.euName = euName
    return m
  }

  static func makePerson(
    _ id: String, _ name: String, _ aliases: [String], _ role: String?, _ country: String?,
    _ pronoun: String?, _ source: String?, _ discovered: Bool, _ isOrganisation: Bool
  ) -> Person {
    Person(
      id: id, name: name, aliases: aliases, role: role, country: country, pronoun: pronoun,
      source: source, discovered: discovered, isOrganisation: isOrganisation)
  }

  /// A number written as its description, read back as the parser reads a cell.
  static func decimal(_ text: String) -> Decimal? { number(text) }
}
