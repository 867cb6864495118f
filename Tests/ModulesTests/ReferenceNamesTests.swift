import CorpusModule
import Foundation
import LodeCore
import LodeModel
import Testing

@testable import RegionsModule

/// Issue 19, "Domain facts": the bundled reference data's names of regions (each with a
/// source), areas spanning several regions, deposits and the EU lists.
@Suite struct ReferenceNamesTests {
  let ctx: Context = {
    let c = Context()
    c.corpus = Corpus(reference: ReferenceData.bundled)
    return c
  }()

  private func region(_ name: String) throws(Diagnostic) -> CommandOutput {
    try RegionCommand.descriptor.run(Invocation(command: "region", arguments: ["name": .string(name)]), ctx)
  }

  private func code(_ out: CommandOutput) -> String? {
    if case .record(let r) = out.value { r["code"]?.stringValue } else { nil }
  }

  @Test(arguments: [
    ("ARC", "UA-43"), ("Крим", "UA-43"), ("Крым", "UA-43"), ("Запоріжжя", "UA-23"),
    ("Харьков", "UA-63"), ("Кропивницький", "UA-35"), ("Кировоград", "UA-35"),
    ("Винница", "UA-05"), ("Voroshilovgrad Oblast", "UA-09"), ("Oleksandrivsk", "UA-23"),
    ("Yelysavethrad", "UA-35"),
  ])
  func sourcedNamesFindTheirRegionExactly(_ name: String, _ expected: String) throws {
    let out = try region(name)
    #expect(code(out) == expected)
    #expect(out.notes.isEmpty)  // found by name, not as a near miss of another
  }

  @Test func occupationEntitiesFindTheirRegionWithANote() throws {
    let dpr = try region("DPR")
    #expect(code(dpr) == "UA-14")
    #expect(dpr.notes.count == 1)
    #expect(dpr.notes.first?.hasPrefix("“DPR” is the Russian-installed “Donetsk People's Republic”") == true)
    #expect(code(try region("LPR")) == "UA-09")
    #expect(code(try region("LNR")) == "UA-09")
  }

  @Test(arguments: ["Donbas", "Donbass", "donbas"])
  func anAreaAnswersWithEveryRegionItSpans(_ name: String) throws {
    let out = try region(name)
    let table = try #require(out.value.tableValue)
    #expect((0..<table.count).map { table.value($0, "code") } == [.string("UA-09"), .string("UA-14")])
    #expect(out.notes.count == 1)
    #expect(out.notes.first?.contains("is an area, not one region") == true)
    let map = try MapCommand.descriptor.run(Invocation(command: "map", input: out.value), ctx)
    let drawn = try #require(map.value.stringValue)
    #expect(drawn.contains("[LUH]") && drawn.contains("[DON]"))
  }

  @Test func anAreaIsOfferedOnceForCompletion() throws {
    let entities = try #require(RegionsModule.completionDomains.first { $0.name == "regions" }?.entities(ctx))
    #expect(entities.count == 28)
    #expect(entities.last == ["Donbas", "Donbass"])
    let crimea = try #require(entities.first { $0.contains("UA-43") })
    #expect(crimea.contains("ARC") && crimea.contains("Крым"))
  }

  @Test func everyRegionNameHasASourceAndAKnownRegion() {
    let data = ReferenceData.bundled
    let codes = Set(data.regions.map(\.code))
    #expect(data.regionNames.count == 21)
    for n in data.regionNames {
      #expect(n.source.hasPrefix("http"), "\(n.name) has no source")
      #expect(n.codes.allSatisfy(codes.contains), "\(n.name): \(n.codes)")
    }
    // One region each, except the two spellings of Donbas (Luhansk and Donetsk).
    #expect(data.regionNames.filter { $0.codes.count != 1 }.map(\.name) == ["Donbas", "Donbass"])
    #expect(data.regionNames.filter { $0.codes.count == 2 }.count == 2)
    // Names no source confirmed stay out (facts.md: UNVERIFIED).
    for name in ["Stalino Oblast", "Stanislav", "Proskuriv", "DNR"] {
      #expect(!data.regionNames.contains { $0.name == name })
      #expect(!data.regions.contains { $0.aliases.contains(name) })
    }
    #expect(ReferenceData.bundledDiagnostics.isEmpty)
  }

  @Test func sevastopolHasNoUnsourcedArea() throws {
    let s = try #require(ReferenceData.bundled.regions.first { $0.code == "UA-40" })
    #expect(s.areaKm2 == nil)
    #expect(!s.sources.contains("https://en.wikipedia.org/wiki/List_of_Ukrainian_oblasts_and_territories_by_area"))
  }

  private func deposits(_ mineral: String?) throws(Diagnostic) -> Table {
    var args: [String: Value] = [:]
    if let mineral { args["mineral"] = .string(mineral) }
    let out = try DepositsCommand.descriptor.run(Invocation(command: "deposits", arguments: args), ctx)
    return out.value.tableValue ?? Table(columns: [], rows: [])
  }

  private func ids(_ t: Table) -> [String] { (0..<t.count).compactMap { t.value($0, "id")?.stringValue } }

  @Test func rareEarthDepositsIncludeThoseHoldingOnlyRareEarthElements() throws {
    #expect(ids(try deposits("REE")) == ["novopoltavske", "azovske", "mazurivske", "yastrubetske", "perzhanske"])
    #expect(ids(try deposits("rare earths")).contains("perzhanske"))
  }

  @Test func theDonbasCoalBasinSpansLuhanskToo() throws {
    let coal = try deposits("coal")
    #expect(ids(coal) == ["donbas-coal"])
    #expect(coal.value(0, "region") == .string("Donetsk Oblast, Luhansk Oblast"))
    #expect(coal.value(0, "code") == .string("UA-14, UA-09"))
    let luhansk = try region("Luhansk Oblast")
    guard case .record(let r) = luhansk.value else {
      Issue.record("no card")
      return
    }
    #expect(r["deposits"] == .list([.string("Donbas coal basin (coal)")]))
  }

  @Test func aHeadquartersIsNotADepositAndIlmeniteIsTitanium() throws {
    let all = try deposits(nil)
    #expect(!ids(all).contains("zhovti-vody"))
    #expect(all.count == 20)
    let ti = try deposits("Ti")
    #expect(ids(ti) == ["irshansk", "malyshivske", "stremyhorodske"])
    #expect(ti.value(0, "minerals") == .string("titanium"))
  }

  @Test func theEUCriticalListHas34MaterialsAndSaysWhichAreStrategic() throws {
    let t = CorpusTables.minerals(Corpus(reference: ReferenceData.bundled))
    let critical = (0..<t.count).filter { t.value($0, "critical_eu") == .bool(true) }
    #expect(critical.count == 34)
    let symbols = Set(critical.compactMap { t.value($0, "symbol")?.stringValue })
    #expect(symbols.contains("Sc") && symbols.contains("Cu") && symbols.contains("HREE"))
    let ti = try #require((0..<t.count).first { t.value($0, "symbol") == .string("Ti") })
    #expect(t.value(ti, "strategic_eu") == .string("yes"))
    #expect(t.value(ti, "eu_name") == .string("Titanium metal"))
    #expect(t.value(ti, "name") == .string("Titanium"))
  }
}
