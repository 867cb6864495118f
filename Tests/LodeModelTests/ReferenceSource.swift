import Foundation
import LodeCore
import LodeModel

/// Writes reference data as the Swift source of `ReferenceData.prebuilt()`
/// (Sources/LodeModel/Reference/Generated/BundledReference.swift): every field of every
/// row, through the positional builders in ReferenceData+Prebuilt.swift.
enum ReferenceSource {
  static func render(_ data: ReferenceData, diagnostics: [Diagnostic]) -> String {
    var out = """
      // Generated from the embedded seeds/reference/*.tsv by
      // `LODE_RECORD=1 swift test --filter BundledReferenceTests` (scripts/embed-seeds runs it).
      // Do not edit: BundledReferenceTests fails when this differs from parsing the TSVs.
      // swift-format-ignore-file
      import LodeCore

      extension ReferenceData {
        /// What `ReferenceData.parse(BundledSeeds.reference)` returns, as values.
        static func prebuilt() -> (ReferenceData, [Diagnostic]) {
          var data = ReferenceData(
            regions: prebuiltRegions(), minerals: prebuiltMinerals(), deposits: prebuiltDeposits(),
            people: prebuiltPeople(), organisations: prebuiltOrganisations())
          data.regionNames = prebuiltRegionNames()
          return (data, prebuiltDiagnostics())
        }

      """
    out += function("prebuiltRegions", "Region", data.regions.map(region))
    out += function("prebuiltRegionNames", "RegionName", data.regionNames.map(regionName))
    out += function("prebuiltMinerals", "Mineral", data.minerals.map(mineral))
    out += function("prebuiltDeposits", "Deposit", data.deposits.map(deposit))
    out += function("prebuiltPeople", "Person", data.people.map(person))
    out += function("prebuiltOrganisations", "Person", data.organisations.map(person))
    out += function("prebuiltDiagnostics", "Diagnostic", diagnostics.map(diagnostic))
    return out + "}\n"
  }

  private static func function(_ name: String, _ type: String, _ items: [String]) -> String {
    let body = items.isEmpty ? "    []" : "    [\n" + items.map { "      \($0),\n" }.joined() + "    ]"
    return "\n  private static func \(name)() -> [\(type)] {\n\(body)\n  }\n"
  }

  private static func region(_ r: Region) -> String {
    let o = r.occupation
    let occupation =
      "makeOccupation(.\(o.status), \(date(o.asOf)), \(string(o.note)), \(string(o.source)))"
    return "makeRegion("
      + [
        string(r.code), string(r.name), string(r.isoName), string(r.ukrainian), string(r.type),
        string(r.centre), list(r.aliases), list(r.weakAliases), decimal(r.areaKm2),
        decimal(r.population), occupation, list(r.sources),
      ].joined(separator: ", ") + ")"
  }

  private static func regionName(_ n: RegionName) -> String {
    "makeRegionName("
      + [string(n.name), list(n.codes), string(n.kind), string(n.note), string(n.source)]
      .joined(separator: ", ") + ")"
  }

  private static func mineral(_ m: Mineral) -> String {
    "makeMineral("
      + [
        string(m.symbol), string(m.name), ".\(m.group)", list(m.aliases), "\(m.criticalEU)",
        string(m.strategicEU), string(m.euName), string(m.source),
      ].joined(separator: ", ") + ")"
  }

  private static func deposit(_ d: Deposit) -> String {
    "makeDeposit("
      + [
        string(d.id), string(d.name), list(d.aliases), list(d.regions), list(d.minerals),
        string(d.status), string(d.note), string(d.source),
      ].joined(separator: ", ") + ")"
  }

  private static func person(_ p: Person) -> String {
    "makePerson("
      + [
        string(p.id), string(p.name), list(p.aliases), string(p.role), string(p.country),
        string(p.pronoun), string(p.source), "\(p.discovered)", "\(p.isOrganisation)",
      ].joined(separator: ", ") + ")"
  }

  private static func diagnostic(_ d: Diagnostic) -> String {
    "Diagnostic(.\(d.kind), id: \(string(d.id)), \(string(d.message)), hint: \(string(d.hint)), "
      + "suggestions: \(list(d.suggestions)), source: \(string(d.source)), notes: \(list(d.notes)))"
  }

  private static func date(_ d: DateValue) -> String {
    if let week = d.week { return "DateValue(year: \(d.year), week: \(week))" }
    let month = d.month.map { ", month: \($0)" } ?? ""
    let day = d.day.map { ", day: \($0)" } ?? ""
    return "DateValue(year: \(d.year)\(month)\(day))"
  }

  private static func decimal(_ d: Decimal?) -> String {
    d.map { "decimal(\(string($0.description)))" } ?? "nil"
  }

  private static func list(_ items: [String]) -> String {
    "[" + items.map(string).joined(separator: ", ") + "]"
  }

  private static func string(_ s: String?) -> String {
    guard let s else { return "nil" }
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          out += "\\u{" + String(u.value, radix: 16) + "}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
