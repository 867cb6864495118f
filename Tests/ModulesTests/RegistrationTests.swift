import LodeCore
import QuotesModule
import RegionsModule
import Testing
import TimelineModule
import ValuationModule

/// Every module registers cleanly alongside the others, and every descriptor documents itself.
@Suite struct RegistrationTests {
  static let all = ValuationModule.commands + RegionsModule.commands + QuotesModule.commands
    + TimelineModule.commands

  @Test func allModulesRegisterTogether() throws {
    var r = CommandRegistry()
    try r.register(Self.all)
    try r.register(functions: ValuationModule.functions)
    #expect(r.lookup("timeline add")?.module == "Timeline")
    #expect(r.resolve(["timeline", "Zelensky"])?.0.name == "timeline")
    #expect(r.resolve(["timeline", "add", "2025"])?.0.name == "timeline add")
    #expect(Set(r.modules.map(\.name)) == ["Valuation", "Regions", "Quotes", "Timeline"])
  }

  @Test func everyDescriptorIsDocumented() {
    for c in Self.all {
      #expect(!c.summary.isEmpty, "\(c.name) has no summary")
      #expect(c.discussion.count > 80, "\(c.name) has a thin discussion")
      #expect(!c.examples.isEmpty, "\(c.name) has no examples")
      for e in c.examples { #expect(e.input.hasPrefix(c.name.split(separator: " ")[0]) || e.input.contains("| " + c.name)) }
    }
  }

  @Test func tableCommandsDeclareTheirSchema() {
    for c in Self.all where c.signature.output == .table {
      #expect(c.outputSchema != nil, "\(c.name) has no outputSchema")
    }
  }
}

@Suite struct CompletionDomainTests {
  @Test func modulesAnswerTheirDomains() {
    let ctx = TestCorpus.context()
    #expect(QuotesModule.completions(domain: "quote-ids", context: ctx) == ["q1", "q2", "q3"])
    #expect(QuotesModule.completions(domain: "speakers", context: ctx) == ["Donald Trump", "Volodymyr Zelensky"])
    #expect(RegionsModule.completions(domain: "regions", context: ctx)?.contains("UA-12") == true)
    #expect(RegionsModule.completions(domain: "minerals", context: ctx) == ["graphite", "lithium", "tantalum"])
    #expect(RegionsModule.completions(domain: "files", context: ctx) == nil)
  }
}
