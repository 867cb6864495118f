import LodeCore
import Testing

@testable import LodeSession

@Suite struct MetaArgumentsTests {
  @Test func flagsWordsAndQuotes() {
    let args = MetaArguments("--force  \"two words.lode\" -t \"-not-a-flag\"")
    #expect(args.flags == ["--force", "-t"])
    #expect(args.words == ["two words.lode", "-not-a-flag"])
  }

  @Test func metaCommandNamesAndArguments() {
    #expect(MetaLine.name(of: "  :save -f x.lode ") == "save")
    #expect(MetaLine.arguments(of: "  :save -f x.lode ") == "-f x.lode")
    #expect(MetaLine.name(of: "quotes | count") == nil)
    #expect(!MetaLine.isReplayable(":journal"))
    #expect(MetaLine.isReplayable(":load notes.txt"))
  }

  @Test func runCommandOptions() throws {
    let run = try RunCommand(arguments: "--keep-going --echo a.lode")
    #expect(run.path == "a.lode" && run.options == ReplayOptions(keepGoing: true, echo: true))
    #expect(throws: Diagnostic.self) { try RunCommand(arguments: "a.lode b.lode") }
  }

  @Test func defaultContinuationFollowsPipesStringsAndBrackets() {
    #expect(Script.needsMoreInput("quotes |"))
    #expect(Script.needsMoreInput("quotes | where speaker ~ \"zel"))
    #expect(Script.needsMoreInput("value [1, 2"))
    #expect(!Script.needsMoreInput("quotes | where text ~ \"a|\""))
    #expect(!Script.needsMoreInput("said Ukraine's minister"))
    #expect(!Script.needsMoreInput(":set format |"))
  }
}
