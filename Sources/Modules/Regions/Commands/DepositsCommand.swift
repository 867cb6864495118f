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
      `REE` (or "rare earths") finds every deposit holding a rare-earth element, not \
      only those listed as REE. A deposit spanning several regions (the Donbas coal \
      basin) names them all. Hidden columns: `code` (the regions' ISO codes, used by \
      `map`), `note`, `source`.
      """,
    signature: Signature(
      [
        Parameter(
          "mineral", .word, optional: true, help: "only deposits holding this mineral",
          completion: .domain("minerals"))
      ], input: .any, output: .table),
    examples: [
      Example(
        "All deposits", "deposits",
        output: """
          id                  name                region              minerals             status
          ──────────────────  ──────────────────  ──────────────────  ───────────────────  ───────────────────
          novopoltavske       Novopoltavske       Zaporizhzhia Obla…  rare-earth element…  occupied
          azovske             Azovske             Donetsk Oblast      zirconium, yttrium…  occupied
          mazurivske          Mazurivske          Donetsk Oblast      niobium, zirconium…  occupied
          yastrubetske        Yastrubetske        Zhytomyr Oblast     zirconium, rare-ea…  Ukrainian-controll…
          perzhanske          Perzhanske          Zhytomyr Oblast     beryllium, yttrium…  Ukrainian-controll…
          shevchenkivske      Shevchenkivske      Donetsk Oblast      lithium, rubidium,…  front line
          kruta-balka         Kruta Balka         Zaporizhzhia Obla…  lithium              occupied
          polokhivske         Polokhivske         Kirovohrad Oblast   lithium              Ukrainian-controll…
          dobra               Dobra               Kirovohrad Oblast   lithium              Ukrainian-controll…
          zavallivske         Zavallivske         Kirovohrad Oblast   natural graphite     Ukrainian-controll…
          balakhivske         Balakhivske         Kirovohrad Oblast   natural graphite     Ukrainian-controll…
          burtynske           Burtynske           Khmelnytskyi Obla…  natural graphite     Ukrainian-controll…
          irshansk            Irshansk            Zhytomyr Oblast     titanium             Ukrainian-controll…
          malyshivske         Malyshivske         Dnipropetrovsk Ob…  titanium, zirconium  Ukrainian-controll…
          stremyhorodske      Stremyhorodske      Zhytomyr Oblast     titanium             Ukrainian-controll…
          novokostiantynivs…  Novokostiantynivs…  Kirovohrad Oblast   uranium              Ukrainian-controll…
          smolino             Smolino             Kirovohrad Oblast   uranium              Ukrainian-controll…
          nikopol             Nikopol manganese…  Dnipropetrovsk Ob…  manganese            front line
          velykyi-tokmak      Velykyi Tokmak      Zaporizhzhia Obla…  manganese            occupied
          donbas-coal         Donbas coal basin   Donetsk Oblast, L…  coal                 mostly occupied
          """),
      Example(
        "Lithium deposits on the map", "deposits lithium | map",
        output: """
          N ↑
          +---------------------------------------------+
          |      VOL  RIV  ZHY  KYO  CHN  SUM           |
          | LVI  TER  KHM  VIN  KYC  CHK  POL  KHA  LUH |
          | ZAK  IFR  CHV           [KIR] DNI [DON]     |
          |                     ODE  MYK  KHE [ZAP]     |
          |                          SEV  CRI           |
          +---------------------------------------------+
          [ABC] highlighted (3 of 27):
            DON UA-14 Donetsk Oblast
            ZAP UA-23 Zaporizhzhia Oblast
            KIR UA-35 Kirovohrad Oblast
          """),
      Example(
        "The same with a filter", "deposits | where minerals ~ \"graphite\"",
        output: """
          id           name         region               minerals          status
          ───────────  ───────────  ───────────────────  ────────────────  ────────────────────
          zavallivske  Zavallivske  Kirovohrad Oblast    natural graphite  Ukrainian-controlled
          balakhivske  Balakhivske  Kirovohrad Oblast    natural graphite  Ukrainian-controlled
          burtynske    Burtynske    Khmelnytskyi Oblast  natural graphite  Ukrainian-controlled
          """),
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
          throw inv.error(
            "deposits.unknownMineral", "no mineral or deposit mineral is named “\(mineral)”", at: "mineral",
            hint: "minerals are named by symbol or name, e.g. Li or lithium", kind: .name,
            suggestions: Suggest.closest(to: mineral, in: minerals.map(\.name)))
        }
      }
      let rows: [[Value]] = list.map { d in
        [
          .string(d.id), .string(d.name), .string(facts.regionNames(d)),
          .string(d.minerals.map(facts.mineralName).joined(separator: ", ")),
          d.status.map(Value.string) ?? .null, .string(d.regions.joined(separator: ", ")),
          d.note.map(Value.string) ?? .null,
          .string(d.source),
        ]
      }
      return CommandOutput(.table(Table(schema: schema, rows: rows)))
    })
}
