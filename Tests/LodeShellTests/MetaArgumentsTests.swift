import LodeCore
import Testing

@testable import LodeShell

/// Every meta-command's usage, checking and Tab come from its signature, read by one parser.
@Suite struct MetaArgumentsTests {
  @Test func flagsWordsAndQuotes() throws {
    let inv = try MetaCommand.save.arguments("--force  \"two words.lode\"")
    #expect(inv.flag("force") && !inv.flag("transcript"))
    #expect(inv.string("file") == "two words.lode")
    let short = try MetaCommand.run.arguments("-k -e \"-not-a-flag\"")
    #expect(short.flag("keep-going") && short.flag("echo") && short.string("file") == "-not-a-flag")
  }

  @Test func usageComesFromTheSignature() {
    #expect(
      MetaCommand.all.map(\.usage) == [
        ":help", ":quit", ":history [N]", ":modules", ":set [NAME VALUE]",
        ":format [table|json|jsonl|csv|md]", ":load PATH", ":cache [clear]",
        ":save [--transcript] [--force] FILE", ":run [--keep-going] [--echo] FILE", ":journal",
        ":plugins [trust NAME]", ":docs",
      ])
  }

  @Test func problemsAreUsageErrorsQuotingTheUsage() {
    func failure(_ meta: MetaCommand, _ text: String) -> String {
      do {
        _ = try meta.arguments(text)
        return "accepted"
      } catch {
        return "\(error.id): \(error.message) (\(error.hint ?? ""))"
      }
    }
    #expect(
      failure(.save, "--forse x.lode")
        == "meta.unknownFlag: :save has no option --forse (usage: :save [--transcript] [--force] FILE)")
    #expect(failure(.save, "") == "meta.usage: `:save` needs FILE (usage: :save [--transcript] [--force] FILE)")
    #expect(
      failure(.run, "a.lode b.lode")
        == "meta.usage: `:run` takes at most 1 argument, got 2 (usage: :run [--keep-going] [--echo] FILE)")
    #expect(failure(.journal, "extra") == "meta.usage: `:journal` takes no arguments (usage: :journal)")
    #expect(
      failure(.cache, "everything")
        == "meta.usage: `:cache` takes one of clear, got `everything` (usage: :cache [clear])")
    #expect(failure(.plugins, "trust") == "meta.usage: `:plugins trust` needs NAME (usage: :plugins [trust NAME])")
    #expect(failure(.history, "x") == "meta.usage: `:history` takes a number for N, got `x` (usage: :history [N])")
  }

  /// A path is the rest of the line, one pair of enclosing quotes removed.
  @Test func aRestOfLineParameterKeepsBlanksAndQuotes() throws {
    #expect(try MetaCommand.load.arguments("  my notes/it's.txt  ").string("path") == "my notes/it's.txt")
    #expect(try MetaCommand.load.arguments("\"a b.txt\"").string("path") == "a b.txt")
    #expect(try MetaCommand.set.arguments("fx.EUR  1.08").string("value") == "1.08")
    #expect(try MetaCommand.plugins.arguments("trust fx").string("name") == "fx")
  }
}
