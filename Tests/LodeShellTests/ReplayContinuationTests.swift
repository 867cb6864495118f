import Foundation
import LodeSession
import LodeTestSupport
import Testing

@testable import LodeShell

/// A script replays as it was typed: one continuation rule for the prompt and for replay.
@Suite struct ReplayContinuationTests {
  /// `:load it's.txt` is one line when typed; replayed, it no longer swallows the lines
  /// after it (the quote in the file name opened a string in the replay's rule).
  @Test func aMetaCommandWithAQuoteReplaysAsOneLine() throws {
    let dir = try TemporaryDirectory()
    try "Zelensky said: \"We will sign it.\"\n".write(toFile: dir.path + "/it's.txt", atomically: true, encoding: .utf8)
    try ":load it's.txt\nrange 3 | count\n:format csv\nrange 2\n"
      .write(toFile: dir.path + "/s.lode", atomically: true, encoding: .utf8)
    let shell = Shell(options: ShellOptions(seeds: nil, loadCorpus: false, baseDirectory: dir.path))
    let out = shell.run(":run s.lode")
    #expect(out.output == "loaded 1 document (1 in the corpus)\n3\nn\n1\n2\n")
    #expect(!out.failed)
  }

  /// Typed lines and replayed lines give the same statements.
  @Test func theInteractiveLoopJoinsLinesAsReplayDoes() {
    let typed = ["range 3 |", "  count", ":load it's.txt", "said \"Zel", "ensky\""]
    var lines = StatementLines()
    let statements = typed.compactMap { lines.add($0) }
    #expect(statements == Script.parse(typed.joined(separator: "\n")).statements.map(\.input))
    #expect(statements == ["range 3 |\n  count", ":load it's.txt", "said \"Zel\nensky\""])
  }
}
