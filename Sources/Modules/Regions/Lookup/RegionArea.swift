import LodeCore
import LodeModel

/// What `region NAME` answers for an area that spans several regions (Donbas): not one
/// region's card, but the regions it spans as a table, with a note naming the area, what
/// it is and its source. `region Donbas | map` highlights them all.
enum RegionArea {
  static let schema = Schema([
    Schema.Column("code", .string), Schema.Column("name", .string),
    Schema.Column("centre", .string), Schema.Column("occupation", .string),
    Schema.Column("as_of", .date), Schema.Column("deposits", .number),
    Schema.Column("mentions", .number), Schema.Column("area", .string),
    Schema.Column("source", .string, hidden: true),
  ])

  static func output(_ area: RegionName, _ regions: [Region], _ facts: RegionFacts) -> CommandOutput {
    let rows: [[Value]] = regions.sorted { $0.code < $1.code }.map { r in
      [
        .string(r.code), .string(r.name), r.centre.map(Value.string) ?? .null,
        .string(r.occupation.status.rawValue), .date(r.occupation.asOf),
        .int(facts.deposits(in: r.code).count), .int(facts.mentionCount(of: r.code)),
        .string(area.name), .string(area.source),
      ]
    }
    let what = area.note.map { " (\($0))" } ?? ""
    let note =
      "“\(area.name)” is an area, not one region\(what): it spans \(regions.count) regions, "
      + "listed below; source: \(area.source)"
    return CommandOutput(.table(Table(schema: schema, rows: rows)), notes: [note])
  }
}
