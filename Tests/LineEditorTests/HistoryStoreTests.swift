import Foundation
import Testing

@testable import LineEditor

@Suite struct HistoryStoreTests {
  func tempPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("lode-hist-\(UUID().uuidString)")
      .appendingPathComponent("lode/history").path
  }

  @Test func reEnteringALineMovesItToTheEndInsteadOfRepeatingIt() {
    let store = HistoryStore(path: nil)
    for line in ["quotes", "regions", "quotes", "  ", ""] { store.add(line) }
    #expect(store.entries == ["regions", "quotes"])
  }

  @Test func entriesPersistAndReloadIncludingMultiLineOnes() throws {
    let path = tempPath()
    let first = HistoryStore(path: path)
    first.add("quotes |\n  count")
    first.add("a\\b")
    first.add("regions")
    let second = HistoryStore(path: path)
    #expect(second.entries == ["quotes |\n  count", "a\\b", "regions"])
    #expect(first.takeWarnings().isEmpty)
  }

  @Test func aFileWithDuplicatesLoadsDeduplicatedKeepingTheLatest() throws {
    let path = tempPath()
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "a\nb\na\nc\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(HistoryStore(path: path).entries == ["b", "a", "c"])
  }

  @Test func theLimitKeepsTheNewestEntries() {
    let store = HistoryStore(path: nil, limit: 2)
    for line in ["a", "b", "c"] { store.add(line) }
    #expect(store.entries == ["b", "c"])
  }

  @Test func anUnwritableFileWarnsExactlyOnce() throws {
    let path = tempPath()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let store = HistoryStore(path: path)
    store.add("one")
    store.add("two")
    #expect(store.takeWarnings().count == 1)
    #expect(store.takeWarnings().isEmpty)
    #expect(store.entries == ["one", "two"], "history still works in memory")
  }

  @Test func theDefaultPathFollowsXDGThenHome() {
    #expect(
      HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/lode/history")
    #expect(HistoryStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/lode/history")
    #expect(
      HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        == "/h/.local/state/lode/history")
    #expect(HistoryStore.defaultPath(environment: [:]) == nil)
  }
}
