import LodeCore
import LodeModel

/// `deposits`: the known critical-mineral deposits, where they are and what they hold.
enum DepositsCommand {
  static let schema = Schema([
    Schema.Column("id", .string), Schema.Column("name", .string),
    Schema.Column("region", .string), Schema.Column("minerals", .string),
    Schema.Column("status", .string), Schema.Column("code", .string, hidden: true),
    Schema.Column("note", .string, hidden: true), Schema.Column("source", .string, hidden: true),
  ])

  static let descriptor = CommandDescriptor(
    name: "deposits", module: "Regions",
    summary: "Known critical-mineral deposits with region, minerals and status",
    discussion: """
      One row per deposit in the bundled reference data, in reference order. `minerals` \
      lists mineral names ("lithium, tantalum"), so `where minerals ~ "lithium"` finds \
      lithium deposits; give a MINERAL (symbol, name or alias) to filter directly. \
      `status` is the early-2025 situation as sourced (e.g. occupied, front line). \
      Hidden columns: `code` (the region's ISO code, used by `map`), `note`, `source`.
      """,
    signature: Signature(
      [
        Parameter(
          "mineral", .word, optional: true, help: "only deposits holding this mineral",
          completion: .domain("minerals"))
      ], input: .any, output: .table),
    examples: [
      Example("All deposits", "deposits"),
      Example("Lithium deposits on the map", "deposits lithium | map"),
      Example("The same with a filter", "deposits | where minerals ~ \"graphite\""),
    ],
    outputSchema: schema,
    run: { inv, ctx throws(Diagnostic) in
      let facts = RegionFacts(corpus: ctx.corpus)
      var list = facts.corpus.reference.deposits
      if let mineral = inv.string("mineral") {
        list = list.filter { facts.deposit($0, holds: mineral) }
        let k = Fold.key(mineral)
        let minerals = facts.corpus.reference.minerals
        let known = minerals.contains { m in ([m.symbol, m.name] + m.aliases).contains { Fold.key($0) == k } }
        if list.isEmpty && !known {
          throw Diagnostic(
            .name, id: "deposits.unknownMineral", "no mineral or deposit mineral is named “\(mineral)”",
            span: inv.argumentSpans["mineral"] ?? inv.span,
            hint: "minerals are named by symbol or name, e.g. Li or lithium",
            suggestions: Suggest.closest(to: mineral, in: minerals.map(\.name)))
        }
      }
      let rows: [[Value]] = list.map { d in
        [
          .string(d.id), .string(d.name), .string(facts.regionName(d.region)),
          .string(d.minerals.map(facts.mineralName).joined(separator: ", ")),
          d.status.map(Value.string) ?? .null, .string(d.region), d.note.map(Value.string) ?? .null,
          .string(d.source),
        ]
      }
      return CommandOutput(.table(Table(schema: schema, rows: rows)))
    })
}
