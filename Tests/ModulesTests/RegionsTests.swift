import LodeCore
import Testing

@testable import RegionsModule

private func region(_ name: String) throws(Diagnostic) -> CommandOutput {
  try RegionCommand.descriptor.run(
    Invocation(command: "region", arguments: ["name": .string(name)]), TestCorpus.context())
}

private func code(_ out: CommandOutput) -> String? {
  if case .record(let r) = out.value { r["code"]?.stringValue } else { nil }
}

@Suite struct RegionsTests {
  @Test(arguments: [
    "Дніпропетровська", "dnipro", "UA-12", "ua12", "Dnepropetrovsk", "Dnipropetrovsk Oblast",
    "DNIPROPETROVSKA OBLAST", "Dnipro region",
  ])
  func namesOfDnipropetrovskAllFindIt(_ name: String) throws {
    #expect(code(try region(name)) == "UA-12")
  }

  @Test func formerAndRussianNames() throws {
    #expect(code(try region("Kiev")) == "UA-30")
    #expect(code(try region("Kyiv")) == "UA-30")
    #expect(code(try region("Kiev Oblast")) == "UA-32")
    #expect(code(try region("Kropyvnytskyi")) == "UA-35")
    #expect(code(try region("Kirovograd")) == "UA-35")
    #expect(code(try region("Zaporozhye")) == "UA-23")
  }

  @Test func typosAreToleratedWithANote() throws {
    let out = try region("Dnepropetrovks")
    #expect(code(out) == "UA-12")
    #expect(out.notes.count == 1)
  }

  @Test func ambiguousNamesListCandidates() throws {
    do {
      _ = try region("Kh")
      Issue.record("expected ambiguity")
    } catch {
      #expect(error.id == "region.ambiguous")
      #expect(Set(error.suggestions) == ["Kharkiv Oblast", "Kherson Oblast"])
    }
    #expect(code(try region("Khar")) == "UA-63")
    #expect(code(try region("Kher")) == "UA-65")
  }

  @Test func unknownNameSuggests() {
    do {
      _ = try region("Atlantis")
      Issue.record("expected an error")
    } catch {
      #expect(error.id == "region.notFound")
    }
  }

  @Test func cardShowsDepositsAndMentions() throws {
    let out = try region("Kirovohrad")
    guard case .record(let r) = out.value else {
      Issue.record("expected a record")
      return
    }
    #expect(r["deposits"] == .list([.string("Dobra (lithium)"), .string("Zavallivske (graphite)")]))
    #expect(r["mentions"] == .list([.string(TestCorpus.sentences[3])]))
    #expect(r["as_of"] == .date(DateValue(year: 2025, month: 2)))
  }

  @Test func regionsTableCountsAndFlags() throws {
    let out = try RegionsCommand.descriptor.run(Invocation(command: "regions"), TestCorpus.context())
    let t = try #require(out.value.tableValue)
    #expect(t.count == TestCorpus.regions.count)
    #expect(t.schema.columns.first { $0.name == "source" }?.hidden == true)
    let donetsk = try #require(t.rows.firstIndex { $0[0] == .string("UA-14") })
    #expect(t.value(donetsk, "occupied") == .bool(true))
    #expect(t.value(donetsk, "deposits") == .int(1))
    let dnipro = try #require(t.rows.firstIndex { $0[0] == .string("UA-12") })
    #expect(t.value(dnipro, "occupied") == .bool(false))
    #expect(t.value(dnipro, "mentions") == .int(1))
  }

  @Test func depositsFilterByMineral() throws {
    let all = try DepositsCommand.descriptor.run(Invocation(command: "deposits"), TestCorpus.context())
    #expect(all.value.tableValue?.count == 3)
    for name in ["lithium", "Li", "LITHIUM"] {
      let li = try DepositsCommand.descriptor.run(
        Invocation(command: "deposits", arguments: ["mineral": .string(name)]), TestCorpus.context())
      #expect(li.value.tableValue?.rows.map { $0[0] } == [.string("dobra"), .string("shevchenko")])
    }
    #expect(throws: Diagnostic.self) {
      try DepositsCommand.descriptor.run(
        Invocation(command: "deposits", arguments: ["mineral": .string("unobtainium")]), TestCorpus.context())
    }
  }

  @Test func mapHighlightsPipedRegions() throws {
    let input = Table(columns: ["code"], rows: [[.string("UA-14")], [.string("UA-23")]])
    let out = try MapCommand.descriptor.run(
      Invocation(command: "map", input: .table(input)), TestCorpus.context())
    let text = try #require(out.value.stringValue)
    #expect(text.contains("[DON]") && text.contains("[ZAP]"))
    #expect(!text.contains("[DNI]") && text.contains(" DNI "))
    #expect(text.contains("Donetsk Oblast"))
  }

  @Test func mapAcceptsRegionNamesAndRecords() throws {
    let names = Table(columns: ["region"], rows: [[.string("Kirovohrad Oblast")], [.string("Narnia")]])
    let out = try MapCommand.descriptor.run(
      Invocation(command: "map", input: .table(names)), TestCorpus.context())
    #expect(out.value.stringValue?.contains("[KIR]") == true)
    #expect(out.notes == ["not on the map: Narnia"])
    let card = try region("dnipro")
    let one = try MapCommand.descriptor.run(Invocation(command: "map", input: card.value), TestCorpus.context())
    #expect(one.value.stringValue?.contains("[DNI]") == true)
  }

  @Test func plainMapHasEveryRegionOnce() throws {
    let out = try MapCommand.descriptor.run(Invocation(command: "map"), TestCorpus.context())
    let text = try #require(out.value.stringValue)
    #expect(!text.contains("["))
    #expect(Set(UkraineMap.cells.map(\.code)).count == 27)
    #expect(Set(UkraineMap.cells.map { "\($0.row),\($0.column)" }).count == 27)
    #expect(Set(UkraineMap.cells.map(\.label)).count == 27)
  }

  @Test func mapRefusesATableWithoutRegions() {
    #expect(throws: Diagnostic.self) {
      try MapCommand.descriptor.run(
        Invocation(command: "map", input: .table(Table(columns: ["x"]))), TestCorpus.context())
    }
  }
}
