import Foundation
import Testing

@testable import LineEditor

/// Issue 18, defects 5 and 16: sessions sharing a HOME keep every line (entries are appended
/// under a lock, never rewritten blindly), and a lock held by a process killed with
/// `kill -9` does not stop the next writer.
@Suite struct SharedHistoryTests {
  func tempPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("lode-hist-\(UUID().uuidString)")
      .appendingPathComponent("lode/history").path
  }

  @Test func twoSessionsInterleavingKeepBothSessionsLines() {
    let path = tempPath()
    let a = HistoryStore(path: path)
    let b = HistoryStore(path: path)
    for i in 0..<150 {
      a.add("a \(i)")
      b.add("b \(i)")
    }
    let merged = HistoryStore(path: path).entries
    #expect(merged.count == 300)
    #expect(merged.first == "a 0")
    #expect(merged.last == "b 149")
  }

  @Test func theFileIsCompactedToTheLimitKeepingTheNewest() throws {
    let path = tempPath()
    let store = HistoryStore(path: path, limit: 5)
    for i in 0..<200 { store.add("line \(i)") }
    let data = try #require(FileManager.default.contents(atPath: path))
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    #expect(lines.count < 200 && lines.count >= 5)
    #expect(HistoryStore(path: path, limit: 5).entries == (195..<200).map { "line \($0)" })
  }

  @Test func aLockLeftByAKilledProcessIsTakenOver() throws {
    let path = tempPath()
    let store = HistoryStore(path: path)
    store.add("before")
    let lock = (path as NSString).deletingLastPathComponent + "/history.lock"
    // A process that takes the lock and is then killed with SIGKILL.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    holder.arguments = [
      "python3", "-c",
      "import fcntl,sys,time; f=open(sys.argv[1],'w'); fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)",
      lock,
    ]
    let out = Pipe()
    holder.standardOutput = out
    try holder.run()
    _ = out.fileHandleForReading.availableData  // "held": the lock is taken
    let probe = open(lock, O_RDWR)
    #expect(flock(probe, LOCK_EX | LOCK_NB) != 0, "the holder has the lock")
    kill(holder.processIdentifier, SIGKILL)
    holder.waitUntilExit()
    #expect(flock(probe, LOCK_EX | LOCK_NB) == 0, "the lock went with the killed process")
    close(probe)
    store.add("after")
    #expect(HistoryStore(path: path).entries == ["before", "after"])
  }
}
