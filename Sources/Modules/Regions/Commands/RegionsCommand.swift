import LodeCore
import LodeModel

/// `regions`: Ukraine's 27 first-level units as a table, with occupation and counts.
enum RegionsCommand {
  static let schema = Schema([
    Schema.Column("code", .string), Schema.Column("name", .string),
    Schema.Column("ukrainian", .string), Schema.Column("type", .string),
    Schema.Column("centre", .string), Schema.Column("occupied", .bool),
    Schema.Column("occupation", .string), Schema.Column("as_of", .date),
    Schema.Column("area_km2", .number), Schema.Column("population", .number),
    Schema.Column("deposits", .number), Schema.Column("mentions", .number),
    Schema.Column("source", .string, hidden: true),
  ])

  static let descriptor = CommandDescriptor(
    name: "regions", module: "Regions",
    summary: "Ukraine's 27 regions with occupation status, deposits and mentions",
    discussion: """
      One row per ISO 3166-2:UA unit (24 oblasts, Crimea, Kyiv and Sevastopol) in code \
      order, from the bundled reference data. `occupied` is true when any part was \
      occupied at the date in `as_of` (the status itself is in `occupation`: partly, \
      almost wholly, wholly). `population` is the 2022 pre-invasion estimate where one \
      is sourced; `deposits` counts the reference deposits in the region and `mentions` \
      the places the loaded articles name it. The hidden `source` column lists the \
      sources; `regions | where occupied | map` draws them.
      """,
    signature: Signature([], input: .any, output: .table),
    examples: [
      Example("All regions", "regions"),
      Example("The occupied ones, on the map", "regions | where occupied | map"),
      Example("Most-mentioned first", "regions | sort mentions desc | limit 5"),
    ],
    outputSchema: schema,
    run: { _, ctx in
      let facts = RegionFacts(corpus: ctx.corpus)
      let rows: [[Value]] = facts.regions.sorted { $0.code < $1.code }.map { r in
        [
          .string(r.code), .string(r.name), .string(r.ukrainian), .string(r.type),
          r.centre.map(Value.string) ?? .null, .bool(r.occupation.status != .none),
          .string(r.occupation.status.rawValue), .date(r.occupation.asOf),
          r.areaKm2.map(Value.number) ?? .null, r.population.map(Value.number) ?? .null,
          .int(facts.deposits(in: r.code).count), .int(facts.mentionCount(of: r.code)),
          .string((r.sources + [r.occupation.source]).firstOccurrences().joined(separator: " ; ")),
        ]
      }
      return CommandOutput(.table(Table(schema: schema, rows: rows)))
    })
}

extension Array where Element: Hashable {
  /// The elements in order with later duplicates dropped.
  func firstOccurrences() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
