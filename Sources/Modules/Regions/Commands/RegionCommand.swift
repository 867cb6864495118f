import LodeCore
import LodeModel

/// `region NAME`: one region's card — names, centre, size, occupation, deposits, and
/// the corpus sentences that mention it.
enum RegionCommand {
  static let descriptor = CommandDescriptor(
    name: "region", module: "Regions",
    summary: "Look up a region by any of its names, with its deposits and mentions",
    discussion: """
      NAME may be the English name (Dnipropetrovsk Oblast), the ISO 3166-2 code (UA-12), \
      the Ukrainian name (Дніпропетровська), a former, Russian-based or short form \
      (Dnepropetrovsk, Kiev, Zaporozhye, Kirovograd), or the administrative centre \
      (Dnipro, Kropyvnytskyi). Case, diacritics, apostrophes and words like "oblast" \
      are ignored; a small typo still finds the region (a note says so). A name that \
      fits several regions lists them; an unknown one suggests close names. \
      The record shows code, names, centre, area and population where sourced, the \
      occupation status with the date it refers to and its source, the deposits with \
      their minerals, and every corpus sentence that mentions the region. The record \
      flows on, so `region dnipro | map` highlights it.
      """,
    signature: Signature(
      [Parameter("name", .word, help: "any name of the region", completion: .domain("regions"))],
      input: .any, output: .record),
    examples: [
      Example("By the centre's name", "region dnipro"),
      Example("By ISO code", "region UA-12"),
      Example("In Ukrainian", "region Дніпропетровська"),
      Example("A Russian-based spelling", "region Zaporozhye"),
    ],
    run: { inv, ctx throws(Diagnostic) in
      let facts = RegionFacts(corpus: ctx.corpus)
      let name = inv.string("name") ?? ""
      let (r, note) = try facts.lookup.require(name, span: inv.argumentSpans["name"] ?? inv.span)
      let record = card(r, facts)
      return CommandOutput(.record(record), display: .table(display(record)), notes: note.map { [$0] } ?? [])
    })

  static func card(_ r: Region, _ facts: RegionFacts) -> Record {
    var rec = Record()
    rec.set("code", .string(r.code))
    rec.set("name", .string(r.name))
    rec.set("iso_name", .string(r.isoName))
    rec.set("ukrainian", .string(r.ukrainian))
    rec.set("type", .string(r.type))
    rec.set("aliases", .list(r.aliases.map(Value.string)))
    rec.set("centre", r.centre.map(Value.string) ?? .null)
    rec.set("area_km2", r.areaKm2.map(Value.number) ?? .null)
    rec.set("population", r.population.map(Value.number) ?? .null)
    rec.set("occupied", .bool(r.occupation.status != .none))
    rec.set("occupation", .string(r.occupation.status.rawValue))
    rec.set("as_of", .date(r.occupation.asOf))
    rec.set("occupation_note", r.occupation.note.map(Value.string) ?? .null)
    rec.set("occupation_source", .string(r.occupation.source))
    rec.set(
      "deposits",
      .list(facts.deposits(in: r.code).map { d in
        .string("\(d.name) (\(d.minerals.map(facts.mineralName).joined(separator: ", ")))")
      }))
    rec.set(
      "mentions",
      .list(facts.mentions(of: r.code).compactMap { m in
        facts.corpus.sentence(m.provenance).map { Value.string($0.text) }
      }))
    rec.set("sources", .list(r.sources.map(Value.string)))
    return rec
  }

  /// The card as field/value rows; lists become one row per item.
  static func display(_ r: Record) -> Table {
    var rows: [[Value]] = []
    for (f, v) in zip(r.fields, r.values) {
      switch v {
      case .list(let items) where f == "aliases":
        if !items.isEmpty { rows.append([.string(f), .string(items.map { $0.formatted() }.joined(separator: ", "))]) }
      case .list(let items):
        if items.isEmpty && (f == "deposits" || f == "mentions") {
          rows.append([.string(f), .string("none")])
        }
        for (i, item) in items.enumerated() { rows.append([.string(i == 0 ? f : ""), item]) }
      case .null: continue
      default: rows.append([.string(f), v])
      }
    }
    return Table(columns: ["field", "value"], rows: rows)
  }
}
