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
      their minerals, and every corpus sentence that mentions the region; `names` lists \
      the sourced abbreviations, short and former names (seeds/reference/region_names.tsv) \
      with their kind and source. The record flows on, so `region dnipro | map` \
      highlights it. The name of an occupation entity (DPR, LPR) finds its region with a \
      note saying what the name stands for. An area that spans several regions (Donbas, \
      Donbass) is not one region: it answers with a table of the regions it spans \
      (code, name, centre, occupation, deposits, mentions) and a note with its source, \
      and `region Donbas | map` highlights them all.
      """,
    signature: Signature(
      [Parameter("name", .word, help: "any name of the region", completion: .domain("regions"))],
      input: .any, output: .any),
    examples: [
      Example(
        "By the centre's name", "region dnipro",
        output: """
          code               UA-12
          name               Dnipropetrovsk Oblast
          iso_name           Dnipropetrovska oblast
          ukrainian          Дніпропетровська область
          type               region
          aliases            Dnipropetrovsk
                             Dnepropetrovsk
                             Dnipropetrovska
                             Dnipro region
                             Dnipro Oblast
                             Dnipropetrovshchyna
          names              Dnipropetrovsk (former centre name):
                             https://www.uawire.org/news/ukrainian-cities-of-dnipropetrovsk-and-dniprodzerzhyn
                             sk-were-given-new-names
          centre             Dnipro
          area_km2           31914
          population         3096485
          occupied           false
          occupation         none
          as_of              2025-02
          occupation_note    none in Feb 2025; Russian claims of ground gains inside the oblast date from
                             later in 2025 (UNVERIFIED)
          occupation_source  https://news.livedoor.com/topics/detail/29647204/ (Russian MoD claim, 2025,
                             Dnipropetrovsk 175 km²)
          deposits           Malyshivske (titanium, zirconium)
                             Nikopol manganese basin (manganese)
          mentions           Rare earth minerals, which include 17 key elements necessary for modern
                             technology and defense applications, are abundant throughout Ukraine,
                             particularly within the Dnipro, Kirovohrad, and Zhytomyr regions.
          sources            https://salsa.debian.org/iso-codes-team/iso-codes (iso_3166-2.json, uk.po);
                             https://handwiki.org/wiki/ISO_3166-2:UA
                             https://www.uawire.org/news/ukrainian-cities-of-dnipropetrovsk-and-dniprodzerzhyn
                             sk-were-given-new-names
                             https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_area
                             https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_popula
                             tion
                             https://news.livedoor.com/topics/detail/29647204/ (Russian MoD claim, 2025,
                             Dnipropetrovsk 175 km²)
          """),
      Example(
        "By ISO code", "region UA-12",
        output: """
          code               UA-12
          name               Dnipropetrovsk Oblast
          iso_name           Dnipropetrovska oblast
          ukrainian          Дніпропетровська область
          type               region
          aliases            Dnipropetrovsk
                             Dnepropetrovsk
                             Dnipropetrovska
                             Dnipro region
                             Dnipro Oblast
                             Dnipropetrovshchyna
          names              Dnipropetrovsk (former centre name):
                             https://www.uawire.org/news/ukrainian-cities-of-dnipropetrovsk-and-dniprodzerzhyn
                             sk-were-given-new-names
          centre             Dnipro
          area_km2           31914
          population         3096485
          occupied           false
          occupation         none
          as_of              2025-02
          occupation_note    none in Feb 2025; Russian claims of ground gains inside the oblast date from
                             later in 2025 (UNVERIFIED)
          occupation_source  https://news.livedoor.com/topics/detail/29647204/ (Russian MoD claim, 2025,
                             Dnipropetrovsk 175 km²)
          deposits           Malyshivske (titanium, zirconium)
                             Nikopol manganese basin (manganese)
          mentions           Rare earth minerals, which include 17 key elements necessary for modern
                             technology and defense applications, are abundant throughout Ukraine,
                             particularly within the Dnipro, Kirovohrad, and Zhytomyr regions.
          sources            https://salsa.debian.org/iso-codes-team/iso-codes (iso_3166-2.json, uk.po);
                             https://handwiki.org/wiki/ISO_3166-2:UA
                             https://www.uawire.org/news/ukrainian-cities-of-dnipropetrovsk-and-dniprodzerzhyn
                             sk-were-given-new-names
                             https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_area
                             https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_popula
                             tion
                             https://news.livedoor.com/topics/detail/29647204/ (Russian MoD claim, 2025,
                             Dnipropetrovsk 175 km²)
          """),
      Example(
        "In Ukrainian", "region Дніпропетровська",
        output: """
          code               UA-12
          name               Dnipropetrovsk Oblast
          iso_name           Dnipropetrovska oblast
          ukrainian          Дніпропетровська область
          type               region
          aliases            Dnipropetrovsk
                             Dnepropetrovsk
                             Dnipropetrovska
                             Dnipro region
                             Dnipro Oblast
                             Dnipropetrovshchyna
          names              Dnipropetrovsk (former centre name):
                             https://www.uawire.org/news/ukrainian-cities-of-dnipropetrovsk-and-dniprodzerzhyn
                             sk-were-given-new-names
          centre             Dnipro
          area_km2           31914
          population         3096485
          occupied           false
          occupation         none
          as_of              2025-02
          occupation_note    none in Feb 2025; Russian claims of ground gains inside the oblast date from
                             later in 2025 (UNVERIFIED)
          occupation_source  https://news.livedoor.com/topics/detail/29647204/ (Russian MoD claim, 2025,
                             Dnipropetrovsk 175 km²)
          deposits           Malyshivske (titanium, zirconium)
                             Nikopol manganese basin (manganese)
          mentions           Rare earth minerals, which include 17 key elements necessary for modern
                             technology and defense applications, are abundant throughout Ukraine,
                             particularly within the Dnipro, Kirovohrad, and Zhytomyr regions.
          sources            https://salsa.debian.org/iso-codes-team/iso-codes (iso_3166-2.json, uk.po);
                             https://handwiki.org/wiki/ISO_3166-2:UA
                             https://www.uawire.org/news/ukrainian-cities-of-dnipropetrovsk-and-dniprodzerzhyn
                             sk-were-given-new-names
                             https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_area
                             https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_popula
                             tion
                             https://news.livedoor.com/topics/detail/29647204/ (Russian MoD claim, 2025,
                             Dnipropetrovsk 175 km²)
          """),
      Example(
        "An area, not a region: the regions it spans", "region Donbas",
        output: """
          code   name            centre   occupation     as_of    deposits  mentions  area
          ─────  ──────────────  ───────  ─────────────  ───────  ────────  ────────  ──────
          UA-09  Luhansk Oblast  Luhansk  almost wholly  2025-02         1         0  Donbas
          UA-14  Donetsk Oblast  Donetsk  partly         2025-02         4         0  Donbas
          “Donbas” is an area, not one region (the Donets Basin: Luhansk and Donetsk oblasts together, not a region of its own): it spans 2 regions, listed below; source: https://theinternationalrelations.com/donetsk-luhansk
          """),
      Example(
        "A Russian-based spelling", "region Zaporozhye",
        output: """
          code               UA-23
          name               Zaporizhzhia Oblast
          iso_name           Zaporizka oblast
          ukrainian          Запорізька область
          type               region
          aliases            Zaporizhzhia
                             Zaporizhia
                             Zaporozhzhia
                             Zaporozhye
                             Zaporizka
                             Запоріжжя
                             Oleksandrivsk
                             Aleksandrovsk
          names              Запоріжжя (centre, Ukrainian): https://de.zxc.wiki/wiki/Saporoschje
                             Oleksandrivsk (former centre name): https://lokmattimes.com/topics/zaporizhzhia
                             Aleksandrovsk (former centre name): https://lokmattimes.com/topics/zaporizhzhia
          centre             Zaporizhzhia
          area_km2           27180
          population         1638462
          occupied           true
          occupation         partly
          as_of              2025-02
          occupation_note    ~73%, UNVERIFIED for Feb 2025 (figure from Zelensky's later 2025 map, and the
                             southern front moved little)
          occupation_source  https://7958.read.newszop.com/english-news/publisher-newscrab/world/russia-occupi
                             es-125-km-of-ukrainian-land-daily,-putin-confirms/articleshow/14504820782766cc49f
                             43f66bfd0b911066508a0
          deposits           Novopoltavske (rare-earth elements, yttrium, samarium, terbium, europium,
                             lanthanum, uranium, fluorine, niobium)
                             Kruta Balka (lithium)
                             Velykyi Tokmak (manganese)
          mentions           none
          sources            https://salsa.debian.org/iso-codes-team/iso-codes (iso_3166-2.json, uk.po);
                             https://handwiki.org/wiki/ISO_3166-2:UA
                             https://handwiki.org/wiki/ISO_3166-2:UA
                             https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_area
                             https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_popula
                             tion
                             https://7958.read.newszop.com/english-news/publisher-newscrab/world/russia-occupi
                             es-125-km-of-ukrainian-land-daily,-putin-confirms/articleshow/14504820782766cc49f
                             43f66bfd0b911066508a0
          """),
    ],
    display: .card,
    run: { inv, ctx throws(Diagnostic) in
      let facts = RegionFacts(corpus: ctx.corpus)
      let name = inv.string("name") ?? ""
      if case .area(let area, let spanned) = facts.lookup.find(name) {
        return RegionArea.output(area, spanned, facts)
      }
      let (r, note) = try facts.lookup.require(name, span: inv.argumentSpans["name"] ?? inv.span)
      let record = card(r, facts)
      return CommandOutput.card(record, notes: note.map { [$0] } ?? [])
    })

  static func card(_ r: Region, _ facts: RegionFacts) -> Record {
    var rec = Record()
    rec.set("code", .string(r.code))
    rec.set("name", .string(r.name))
    rec.set("iso_name", .string(r.isoName))
    rec.set("ukrainian", .string(r.ukrainian))
    rec.set("type", .string(r.type))
    rec.set("aliases", .list(r.aliases.map(Value.string)))
    rec.set(
      "names",
      .list(
        facts.corpus.reference.regionNames.filter { $0.codes.contains(r.code) }.map { n in
          .string(
            "\(n.name) (\(n.kind)\(n.isArea ? " with \(n.codes.filter { $0 != r.code }.joined(separator: ", "))" : "")): \(n.source)"
          )
        }))
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
      .list(
        facts.deposits(in: r.code).map { d in
          .string("\(d.name) (\(d.minerals.map(facts.mineralName).joined(separator: ", ")))")
        }))
    rec.set(
      "mentions",
      .list(
        facts.mentions(of: r.code).compactMap { m in
          facts.corpus.sentence(m.provenance).map { Value.string($0.text) }
        }))
    rec.set("sources", .list(r.sources.map(Value.string)))
    return rec
  }
}
