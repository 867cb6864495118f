import Foundation
import LodeTestSupport
import Testing

/// Issue 18, defects 3, 4 and 16: lines survive the ends a user meets — `kill -9` at the
/// `...>` prompt, SIGTERM, SIGHUP — and piped runs never touch a live session's journal.
@Suite struct SessionEndTests {
  static func journal(_ home: TemporaryDirectory) throws -> String {
    let folder = home.path + "/state/lode/journal"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".lode") }
    #expect(names.count == 1, "\(names)")
    return try String(contentsOfFile: folder + "/" + (names.first ?? ""), encoding: .utf8)
  }

  @Test func theFirstLineOfAnUnfinishedStatementSurvivesKill9() throws {
    let home = try TemporaryDirectory()
    let pty = try EndToEnd.shell(home: home)
    pty.type("quotes |\r")
    _ = pty.waitForPrompt(" ...> ")
    #expect(kill(pty.pid, SIGKILL) == 0)
    #expect(pty.waitForExit() == nil, "killed by the signal")
    #expect(try Self.journal(home) == "# lode journal 1\nquotes |\n")
  }

  @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
  func anEndSignalKeepsJournalAndHistory(signal: Int32, status: Int32) throws {
    let home = try TemporaryDirectory()
    let pty = try EndToEnd.shell(home: home)
    #expect(pty.enter("1 + 2") == "3\n")
    pty.type("quotes |\r")
    _ = pty.waitForPrompt(" ...> ")
    #expect(kill(pty.pid, signal) == 0)
    #expect(pty.waitForExit() == status)
    #expect(try Self.journal(home) == "# lode journal 1\n1 + 2\nquotes |\n")
    let history = try String(contentsOfFile: home.path + "/state/lode/history", encoding: .utf8)
    #expect(history == "1 + 2\nquotes |\n")
  }

  @Test func pipedRunsNeitherJournalNorPruneALiveSessionsJournal() throws {
    let home = try TemporaryDirectory()
    let pty = try EndToEnd.shell(home: home)
    #expect(pty.enter("1 + 1") == "2\n")
    for _ in 0..<51 {
      let r = try EndToEnd.lode([], input: "1\n", home: home)
      #expect(r.status == 0 && r.stdout == "1\n")
    }
    #expect(kill(pty.pid, SIGKILL) == 0)
    _ = pty.waitForExit()
    #expect(try Self.journal(home) == "# lode journal 1\n1 + 1\n")
  }
}
