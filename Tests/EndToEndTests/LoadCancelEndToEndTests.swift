import Foundation
import LodeTestSupport
import Testing

/// Ctrl-C during `:load` of a large folder, through the real binary on a pseudo-terminal:
/// the load stops, says so, and the corpus is what it was; the shell goes on.
@Suite struct LoadCancelEndToEndTests {
  @Test func ctrlCStopsALoadAndLeavesTheCorpusAsItWas() throws {
    let home = try TemporaryDirectory()
    let folder = home.path + "/articles"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // Enough text that extraction (a debug build: a few MB/s) runs well past the
    // one-second wait before the progress line appears.
    for i in 0..<3_000 {
      var text = ""
      for k in 0..<30 {
        text +=
          "\"Point \(i)-\(k) stands,\" Jane Roe said on March \(k % 28 + 1), 2025, of the $\(k + 2) billion fund.\n"
      }
      try text.write(toFile: folder + "/a\(i).txt", atomically: false, encoding: .utf8)
    }
    let pty = try EndToEnd.shell(home: home)
    let before = pty.enter("documents | count")
    pty.type(":load \(folder)\r")
    // Press Ctrl-C once the progress line shows: the load is surely under way then.
    _ = pty.read(until: "loading documents", timeout: 120)
    pty.type("\u{03}")
    let output = pty.waitForPrompt(timeout: 120)
    #expect(
      output.contains("error[load.cancelled]: load cancelled; the corpus is as it was"),
      "\(pty.transcript.suffix(2_000))")
    #expect(pty.enter("documents | count") == before)
    #expect(pty.enter("500bn * 50%") == "$250,000,000,000\n")
    #expect(pty.quit() == 0)
  }
}
