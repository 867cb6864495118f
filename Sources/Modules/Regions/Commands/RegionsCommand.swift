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
      Example(
        "All regions", "regions | select code, name, centre, occupation, deposits, mentions",
        output: """
          code   name                                   centre           occupation     deposits  mentions
          ─────  ─────────────────────────────────────  ───────────────  ─────────────  ────────  ────────
          UA-05  Vinnytsia Oblast                       Vinnytsia        none                  0         0
          UA-07  Volyn Oblast                           Lutsk            none                  0         0
          UA-09  Luhansk Oblast                         Luhansk          almost wholly         1         0
          UA-12  Dnipropetrovsk Oblast                  Dnipro           none                  2         1
          UA-14  Donetsk Oblast                         Donetsk          partly                4         0
          UA-18  Zhytomyr Oblast                        Zhytomyr         none                  4         1
          UA-21  Zakarpattia Oblast                     Uzhhorod         none                  0         0
          UA-23  Zaporizhzhia Oblast                    Zaporizhzhia     partly                3         0
          UA-26  Ivano-Frankivsk Oblast                 Ivano-Frankivsk  none                  0         0
          UA-30  Kyiv (city with special status)                         none                  0         0
          UA-32  Kyiv Oblast                            Kyiv             none                  0         0
          UA-35  Kirovohrad Oblast                      Kropyvnytskyi    none                  6         1
          UA-40  Sevastopol (city with special status)                   wholly                0         0
          UA-43  Autonomous Republic of Crimea          Simferopol       wholly                0         0
          UA-46  Lviv Oblast                            Lviv             none                  0         0
          UA-48  Mykolaiv Oblast                        Mykolaiv         partly                0         0
          UA-51  Odesa Oblast                           Odesa            none                  0         0
          UA-53  Poltava Oblast                         Poltava          none                  0         0
          UA-56  Rivne Oblast                           Rivne            none                  0         0
          UA-59  Sumy Oblast                            Sumy             none                  0         0
          UA-61  Ternopil Oblast                        Ternopil         none                  0         0
          UA-63  Kharkiv Oblast                         Kharkiv          partly                0         0
          UA-65  Kherson Oblast                         Kherson          partly                0         0
          UA-68  Khmelnytskyi Oblast                    Khmelnytskyi     none                  1         0
          UA-71  Cherkasy Oblast                        Cherkasy         none                  0         0
          UA-74  Chernihiv Oblast                       Chernihiv        none                  0         0
          UA-77  Chernivtsi Oblast                      Chernivtsi       none                  0         0
          """),
      Example(
        "The occupied ones, on the map", "regions | where occupied | map",
        output: """
          N ↑
          +---------------------------------------------+
          |      VOL  RIV  ZHY  KYO  CHN  SUM           |
          | LVI  TER  KHM  VIN  KYC  CHK  POL [KHA][LUH]|
          | ZAK  IFR  CHV            KIR  DNI [DON]     |
          |                     ODE [MYK][KHE][ZAP]     |
          |                         [SEV][CRI]          |
          +---------------------------------------------+
          [ABC] highlighted (8 of 27):
            LUH UA-09 Luhansk Oblast
            DON UA-14 Donetsk Oblast
            ZAP UA-23 Zaporizhzhia Oblast
            SEV UA-40 Sevastopol
            CRI UA-43 Autonomous Republic of Crimea
            MYK UA-48 Mykolaiv Oblast
            KHA UA-63 Kharkiv Oblast
            KHE UA-65 Kherson Oblast
          """),
      Example(
        "Most-mentioned first", "regions | sort mentions desc | select code, name, mentions | limit 3",
        output: """
          code   name                   mentions
          ─────  ─────────────────────  ────────
          UA-12  Dnipropetrovsk Oblast         1
          UA-18  Zhytomyr Oblast               1
          UA-35  Kirovohrad Oblast             1
          """),
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
