import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeSession

@Suite struct JournalTests {
  @Test func theFolderFollowsXDGStateHome() {
    #expect(
      Journal.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/lode/journal")
    #expect(Journal.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/lode/journal")
    #expect(
      Journal.defaultDirectory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
        == "/h/.local/state/lode/journal")
  }

  @Test func theFileIsCreatedAtTheFirstLineAndHoldsEveryLine() throws {
    let dir = try TemporaryDirectory()
    let journal = Journal(
      directory: dir.file("journal"), startedAt: Date(timeIntervalSince1970: 0), processID: 7)
    #expect(journal.path.hasSuffix("/journal/1970-01-01T00-00-00Z-7.lode"))
    #expect(!FileManager.default.fileExists(atPath: journal.path))
    #expect(journal.append("1 + 2") == nil)
    #expect(journal.append("2 +\n3") == nil)
    // Read through a separate descriptor while the journal is still open: nothing is buffered.
    let text = try String(contentsOfFile: journal.path, encoding: .utf8)
    #expect(text == "# lode journal 1\n1 + 2\n2 +\n3\n")
  }

  @Test func aJournalReplaysAsAScript() throws {
    let dir = try TemporaryDirectory()
    let journal = Journal(directory: dir.path)
    journal.append("1 + 1")
    journal.append("bad")
    journal.append("2 + 2")
    let runner = CalculatorRunner()
    var printed = ""
    let result = ScriptRunner(
      runner: runner, options: ReplayOptions(keepGoing: true), output: { printed += $0 }
    ).run(path: journal.path)
    #expect(runner.inputs == ["1 + 1", "bad", "2 + 2"])
    #expect(result.failures == 1)
  }

  @Test func anUnwritableFolderWarnsOnceAndTheSessionGoesOn() throws {
    let dir = try TemporaryDirectory()
    try dir.write("file", "not a folder")
    let journal = Journal(directory: dir.file("file/journal"))
    let first = journal.append("1 + 1")
    #expect(first?.kind == .warning)
    #expect(first?.id == "session.journal.unwritable")
    #expect(journal.append("2 + 2") == nil)
    #expect(!journal.isActive)
  }

  @Test func pruneKeepsTheNewestJournals() throws {
    let dir = try TemporaryDirectory()
    for day in 1...5 { try dir.write("2026-01-0\(day)T00-00-00Z-1.lode", "# lode journal 1\n") }
    try dir.write("README", "not a journal")
    let journal = Journal(
      directory: dir.path, startedAt: Date(timeIntervalSince1970: 2_000_000_000), processID: 1)
    journal.append("1 + 1")
    let removed = journal.prune(keep: 3)
    #expect(
      removed.map { ($0 as NSString).lastPathComponent } == [
        "2026-01-01T00-00-00Z-1.lode", "2026-01-02T00-00-00Z-1.lode", "2026-01-03T00-00-00Z-1.lode",
      ])
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(
      left == [
        "2026-01-04T00-00-00Z-1.lode", "2026-01-05T00-00-00Z-1.lode", "2033-05-18T03-33-20Z-1.lode",
        "README",
      ])
  }

  @Test func pruneFollowsTheJournalKeepSetting() throws {
    let dir = try TemporaryDirectory()
    for day in 1...4 { try dir.write("2026-01-0\(day)T00-00-00Z-1.lode", "") }
    var settings = Settings(specs: SessionModule.settings)
    try settings.set("journal.keep", "2")
    let removed = Journal(directory: dir.path).prune(settings: settings)
    #expect(removed.count == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == 2)
  }
}

/// Issue 18, defect 3: pruning never removes the journal of a session still running.
@Suite struct LiveJournalTests {
  @Test func pruneSkipsAJournalAnotherLiveSessionHolds() throws {
    let dir = try TemporaryDirectory()
    let live = Journal(directory: dir.path, startedAt: Date(timeIntervalSince1970: 0), processID: 1)
    #expect(live.append("quotes | count") == nil)  // the oldest name, and still open
    for day in 1...4 { try dir.write("2026-01-0\(day)T00-00-00Z-9.lode", "") }
    let removed = Journal.prune(directory: dir.path, keep: 2)
    #expect(FileManager.default.fileExists(atPath: live.path))
    #expect(removed.count == 2)
    #expect(removed.allSatisfy { !$0.hasSuffix("-1.lode") })
  }
}
