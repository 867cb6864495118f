import Foundation
import LodeTestSupport
import Testing

/// What a new analyst's fingers expect, through the real binary in a pseudo-terminal:
/// a start hint, `exit`, word motion on modified arrows, one history for Up-arrow and
/// `:history`, Ctrl-C stopping a long print, and `~` in paths.
@Suite struct AnalystKeysTests {
  func start(_ home: TemporaryDirectory) throws -> PseudoTerminal {
    let binary = try #require(LodeBinary.path, "the lode binary is built next to the tests")
    let pty = try PseudoTerminal(executable: binary, environment: home.environment())
    #expect(pty.waitForPrompt().hasSuffix("lode> "))
    return pty
  }

  @Test func theShellStartsWithAHintAndExitLeaves() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    #expect(
      pty.transcript.components(separatedBy: "Type :help for help, Tab to complete; exit or Ctrl-D leaves.").count == 2)
    pty.type("exit\r")
    #expect(pty.waitForExit() == 0)
    let again = try start(home)
    again.type("quit\r")
    #expect(again.waitForExit() == 0)
  }

  @Test func ctrlAndAltArrowsMoveByWordsInsteadOfInsertingJunk() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    pty.type("ange 3 | count")
    pty.read(until: "count")
    for key in ["\u{1B}[1;5D", "\u{1B}[1;3D", "\u{1B}[1;5D", "\u{1B}[1;5D"] { pty.type(key) }
    pty.type("r\r")
    let output = pty.waitForPrompt()
    #expect(output.contains("\r\n3\r\n"), "range 3 | count ran: \(output)")
    #expect(!output.contains("error"))
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
  }

  @Test func upArrowAndHistoryAgreeAboutRepeatedLines() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    for line in ["range 1", "range 2", "range 1"] {
      pty.type(line + "\r")
      pty.waitForPrompt()
    }
    // History is [range 2, range 1]: a third Up stays on `range 2` (no older duplicate).
    pty.type("\u{1B}[A\u{1B}[A\u{1B}[A\r")
    let output = pty.waitForPrompt()
    #expect(output.contains("\r\n1\r\n2\r\n"), "range 2 ran: \(output)")
    pty.type(":history\r")
    let listed = pty.waitForPrompt()
    #expect(listed.contains("1  range 1\r\n2  range 2\r\n3  :history") || listed.contains("1  range 1\r\n2  range 2"))
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
  }

  @Test func ctrlCStopsALongResultWhileItPrints() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    pty.type("range 400000 | to csv\r")
    pty.read(until: "\r\n2000\r\n")
    pty.type("\u{03}")
    let rest = pty.waitForPrompt(timeout: 60)
    #expect(rest.contains("^C: output stopped"))
    #expect(!rest.contains("\r\n400000\r\n"), "the print stopped before its end")
    pty.type("range 2 | count\r")
    #expect(pty.waitForPrompt().contains("\r\n2\r\n"), "the shell goes on")
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
  }

  @Test func aTildeInAPathIsTheHomeFolderFromHOME() throws {
    let home = try TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: home.path + "/articles", withIntermediateDirectories: true)
    try "Kyiv said on Monday that the deal was close.\n".write(
      toFile: home.path + "/articles/a.txt", atomically: true, encoding: .utf8)
    let r = try EndToEnd.lode(["-c", ":load ~/articles"], home: home)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("loaded 1 document ("))
  }
}
