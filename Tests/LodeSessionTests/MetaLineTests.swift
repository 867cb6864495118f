import Testing

@testable import LodeSession

@Suite struct MetaLineTests {
  @Test func metaCommandNamesAndArguments() {
    #expect(MetaLine.name(of: "  :save -f x.lode ") == "save")
    #expect(MetaLine.arguments(of: "  :save -f x.lode ") == "-f x.lode")
    #expect(MetaLine.name(of: "quotes | count") == nil)
    #expect(!MetaLine.isReplayable(":journal"))
    #expect(MetaLine.isReplayable(":load notes.txt"))
  }
}
