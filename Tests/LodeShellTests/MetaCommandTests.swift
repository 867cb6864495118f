import LodeCore
import LodeModel
import LodeQuery
import LodeSession
import Testing

@testable import LodeShell

@Suite struct MetaCommandTests {
  func shell() -> Shell { Shell(options: ShellOptions(loadCorpus: false)) }

  @Test func helpListsMetaCommandsThenCommandsByModule() {
    let out = shell().run(":help")
    #expect(!out.failed)
    for meta in MetaCommand.all { #expect(out.output.contains(meta.usage)) }
    #expect(out.output.contains("\nshell\n  help"))
  }

  @Test func setChangesASettingAndSetAloneListsThem() {
    let s = shell()
    let set = s.run(":set money.compact on")
    #expect(set.output == "" && !set.failed)
    #expect(s.context.settings.bool("money.compact"))
    #expect(s.run(":set").output.contains("money.compact       true\n"))
    #expect(s.settingsInEffect.map(\.name) == ["money.compact"])
  }

  @Test func aBadSettingFailsWithADidYouMean() {
    let out = shell().run(":set money.compat on")
    #expect(out.failed)
    #expect(out.output.contains("error[settings.unknown]"))
    #expect(out.output.contains("did you mean `money.compact`?"))
  }

  @Test func setWithoutAValueIsAUsageError() {
    let out = shell().run(":set width")
    #expect(out.failed)
    #expect(out.output.contains("usage: :set [NAME VALUE]"))
  }

  @Test func formatSwitchesAndRejectsUnknownFormats() {
    let s = shell()
    #expect(s.run(":format").output == "table\n")
    #expect(!s.run(":format csv").failed)
    #expect(s.run(":format").output == "csv\n")
    let bad = s.run(":format xml")
    #expect(bad.failed)
    #expect(bad.output.contains("table, json, jsonl, csv, md"))
  }

  @Test func historyShowsTheLastNLinesNumbered() {
    let s = shell()
    _ = s.run(":format")
    _ = s.run(":modules")
    #expect(s.run(":history 2").output == "2  :modules\n3  :history 2\n")
    #expect(s.run(":history x").failed)
  }

  @Test func quitAsksTheLoopToStop() {
    let s = shell()
    #expect(!s.run(":quit").failed)
    #expect(s.perform(":quit", style: .plain, width: 80).quit)
  }

  @Test func modulesListsModulesAndTheirCommands() {
    let s = shell()
    let lines = s.run(":modules").output.split(separator: "\n").map(String.init)
    #expect(lines.count == s.interpreter.registry.modules.count)
    #expect(lines.contains { $0.hasPrefix("shell ") && $0.hasSuffix(" help") })
  }

  @Test func anUnknownMetaCommandSuggestsTheClosestOne() {
    let out = shell().run(":hlep")
    #expect(out.failed)
    #expect(out.output.contains("error[meta.unknown]: no meta-command named `:hlep`"))
    #expect(out.output.contains("did you mean `:help`?"))
  }

  @Test func loadingAMissingPathFailsWithoutChangingTheCorpus() {
    let s = shell()
    let out = s.run(":load /nonexistent/lode/file.txt")
    #expect(out.failed)
    #expect(s.context.corpus.documents.isEmpty)
    #expect(s.run(":load").failed)
  }
}

@Suite struct PlainRunTests {
  @Test func runNeverColoursEvenWhenTheShellWouldOnATerminal() {
    let s = Shell(options: ShellOptions(color: true, loadCorpus: false))
    #expect(!s.run(":help").output.contains("\u{1B}"))
    #expect(!s.run("help help").output.contains("\u{1B}"))
    #expect(!s.run("nonsense").output.contains("\u{1B}"))
    var printed = ""
    s.sink = { text, _ in printed += text }
    _ = s.runOnce("help")
    #expect(printed.contains("\u{1B}[1m"), "runOnce uses the shell's colour")
  }
}
