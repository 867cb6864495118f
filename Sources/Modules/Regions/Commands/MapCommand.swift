import FoundationEssentials
import LodeCore
import LodeModel

/// `map`: a terminal map of Ukraine's regions that highlights those flowing into it.
enum MapCommand {
  static let descriptor = CommandDescriptor(
    name: "map", module: "Regions",
    summary: "Draw Ukraine's 27 regions as a text map, highlighting the regions piped in",
    discussion: """
      A hand-made grid of approximate positions (north at the top, one cell per region, \
      Kyiv city KYC inside Kyiv Oblast KYO, Crimea and Sevastopol at the bottom). Any \
      table with a `code` or `region` column highlights its regions (`regions | where \
      occupied | map`, `deposits lithium | map`); a record such as `region dnipro` \
      highlights one. Region values may be ISO codes or any name `region` accepts. \
      Highlighted cells are drawn [LIKE] this, so the map needs no colour, and a legend \
      lists them. With nothing flowing in, the plain map is drawn. The value is the \
      drawn text. Short codes: \(UkraineMap.legend).
      """,
    signature: Signature([], input: .any, output: .string),
    examples: [
      Example(
        "The plain map", "map",
        output: """
          N ↑
          +---------------------------------------------+
          |      VOL  RIV  ZHY  KYO  CHN  SUM           |
          | LVI  TER  KHM  VIN  KYC  CHK  POL  KHA  LUH |
          | ZAK  IFR  CHV            KIR  DNI  DON      |
          |                     ODE  MYK  KHE  ZAP      |
          |                          SEV  CRI           |
          +---------------------------------------------+
          VIN UA-05 Vinnytsia Oblast               LVI UA-46 Lviv Oblast
          VOL UA-07 Volyn Oblast                   MYK UA-48 Mykolaiv Oblast
          LUH UA-09 Luhansk Oblast                 ODE UA-51 Odesa Oblast
          DNI UA-12 Dnipropetrovsk Oblast          POL UA-53 Poltava Oblast
          DON UA-14 Donetsk Oblast                 RIV UA-56 Rivne Oblast
          ZHY UA-18 Zhytomyr Oblast                SUM UA-59 Sumy Oblast
          ZAK UA-21 Zakarpattia Oblast             TER UA-61 Ternopil Oblast
          ZAP UA-23 Zaporizhzhia Oblast            KHA UA-63 Kharkiv Oblast
          IFR UA-26 Ivano-Frankivsk Oblast         KHE UA-65 Kherson Oblast
          KYC UA-30 Kyiv                           KHM UA-68 Khmelnytskyi Oblast
          KYO UA-32 Kyiv Oblast                    CHK UA-71 Cherkasy Oblast
          KIR UA-35 Kirovohrad Oblast              CHN UA-74 Chernihiv Oblast
          SEV UA-40 Sevastopol                     CHV UA-77 Chernivtsi Oblast
          CRI UA-43 Autonomous Republic of Crimea
          """),
      Example(
        "Occupied regions", "regions | where occupied | map",
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
        "Where the lithium is", "deposits lithium | map",
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
    ],
    run: { inv, ctx throws(Diagnostic) in
      let facts = RegionFacts(corpus: ctx.corpus)
      var wanted: [String] = []
      switch inv.input {
      case .null: break
      case .table(let t):
        guard let c = t.schema.index(of: "code") ?? t.schema.index(of: "region") else {
          throw inv.error(
            "map.noRegionColumn", "the table flowing into map has no `code` or `region` column",
            hint: "e.g. regions | where occupied | map", kind: .type)
        }
        wanted = t.rows.compactMap { $0[c].stringValue }
      case .record(let r):
        if let v = (r["code"] ?? r["region"])?.stringValue { wanted = [v] }
      case .string(let s): wanted = [s]
      case .list(let items): wanted = items.compactMap(\.stringValue)
      default:
        throw inv.error("map.badInput", "map draws regions from a table, got \(inv.input.type.rawValue)", kind: .type)
      }
      let lookup = facts.lookup
      var codes = Set<String>()
      var unknown: [String] = []
      // A deposit spanning regions carries their codes joined: "UA-14, UA-09".
      wanted = wanted.flatMap { w in
        let parts = w.components(separatedBy: ", ")
        return parts.count > 1 && parts.allSatisfy({ RegionLookup.isoCode($0) == $0 }) ? parts : [w]
      }
      for w in wanted {
        if UkraineMap.cells.contains(where: { $0.code == w }) {
          codes.insert(w)
        } else if case .found(let r, _) = lookup.find(w) {
          codes.insert(r.code)
        } else if case .area(_, let rs) = lookup.find(w) {
          codes.formUnion(rs.map(\.code))
        } else if !unknown.contains(w) {
          unknown.append(w)
        }
      }
      var names: [String: String] = [:]
      for r in facts.regions { names[r.code] = r.name }
      let lines = UkraineMap.draw(highlight: codes, names: names)
      let notes = unknown.isEmpty ? [] : ["not on the map: " + unknown.joined(separator: ", ")]
      return CommandOutput(.string(lines.joined(separator: "\n")), notes: notes)
    })
}
