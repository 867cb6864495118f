import Foundation
import LodeTestSupport
import Testing

@testable import LodeSession

#if canImport(Glibc)
import Glibc
#endif

/// Kills a process mid-session with SIGKILL and checks the journal still holds every line.
/// The child is this test binary re-run with `LODE_JOURNAL_CHILD` set, so the lines are
/// written by the real `Journal` code, not by a shell.
@Suite struct JournalKillTests {
  static let childVariable = "LODE_JOURNAL_CHILD"
  #if os(Linux)
  static let canRerunSelf = true
  #else
  static let canRerunSelf = false
  #endif

  /// In the child: appends three lines, says so on stdout, then waits to be killed.
  /// In a normal test run it does nothing.
  @Test func journalChildProcess() {
    guard let dir = ProcessInfo.processInfo.environment[Self.childVariable] else { return }
    let journal = Journal(directory: dir)
    for line in ["1 + 2", "quotes | count", "2 +\n3"] { journal.append(line) }
    FileHandle.standardOutput.write(Data("ready\n".utf8))
    sleep(60)
  }

  /// Linux only: there the test binary is `CommandLine.arguments[0]` and can be re-run.
  @Test(.enabled(if: Self.canRerunSelf)) func linesSurviveSIGKILL() throws {
    // The child runs only `journalChildProcess`; never let it spawn children of its own.
    guard ProcessInfo.processInfo.environment[Self.childVariable] == nil else { return }
    let dir = try TemporaryDirectory()
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["--testing-library", "swift-testing", "--filter", "journalChildProcess"]
    var environment = ProcessInfo.processInfo.environment
    environment[Self.childVariable] = dir.path
    child.environment = environment
    let pipe = Pipe()
    child.standardOutput = pipe
    child.standardError = FileHandle.nullDevice
    try child.run()
    var seen = ""
    while !seen.contains("ready\n") {
      let chunk = pipe.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += String(decoding: chunk, as: UTF8.self)
    }
    kill(child.processIdentifier, SIGKILL)
    child.waitUntilExit()
    #expect(child.terminationReason == .uncaughtSignal)
    #expect(seen.contains("ready\n"))
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(files.count == 1)
    let text = try String(contentsOfFile: dir.file(files.first ?? ""), encoding: .utf8)
    #expect(text == "# lode journal 1\n1 + 2\nquotes | count\n2 +\n3\n")
  }
}
