import Foundation
import LodeTestSupport
import Testing

/// Drives the built `lode` binary through a pseudo-terminal, as a person would type.
@Suite struct InteractiveShellTests {
  func start(_ home: TemporaryDirectory) throws -> PseudoTerminal {
    let binary = try #require(LodeBinary.path, "the lode binary is built next to the tests")
    let pty = try PseudoTerminal(executable: binary, environment: home.environment())
    #expect(pty.waitForPrompt().hasSuffix("lode> "))
    return pty
  }

  @Test func tabCompletesAMetaCommandWhichThenRuns() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    pty.type(":he\t")
    let echoed = pty.read(until: "lp")
    #expect(echoed.contains("lp"))
    pty.type("\r")
    let output = pty.waitForPrompt()
    #expect(output.contains("Meta-commands:"))
    #expect(output.contains(":quit"))
    pty.type(":quit\r")
    #expect(pty.waitForExit() == 0)
  }

  @Test func tabCompletesACommandNameWhichThenRuns() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    pty.type("hel\t")
    pty.read(until: "p")
    pty.type("\r")
    let output = pty.waitForPrompt()
    #expect(output.contains("Commands (type `help COMMAND` for details):"))
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
  }

  @Test func historySurvivesARestart() throws {
    let home = try TemporaryDirectory()
    let first = try start(home)
    first.type(":format json\r")
    first.waitForPrompt()
    first.type(":modules\r")
    first.waitForPrompt()
    first.type(":format json\r")
    first.waitForPrompt()
    first.type(":quit\r")
    #expect(first.waitForExit() == 0)

    let file = home.path + "/state/lode/history"
    let saved = try String(contentsOfFile: file, encoding: .utf8)
    // Appended as entered (sessions sharing the file all keep their lines); the repeat
    // is folded when the history is loaded, as `:history` below shows.
    #expect(saved == ":format json\n:modules\n:format json\n:quit\n")

    let second = try start(home)
    second.type(":history\r")
    let listed = second.waitForPrompt()
    #expect(listed.contains("1  :modules"))
    #expect(listed.contains("2  :format json"))
    #expect(listed.contains("3  :quit"))
    second.type("\u{1B}[A")
    #expect(second.read(until: ":history").contains(":history"), "up-arrow recalls the last line")
    second.type("\r")
    #expect(second.waitForPrompt().contains("4  :history"))
    second.type(":quit\r")
    #expect(second.waitForExit() == 0)
  }

  @Test func ctrlCAbandonsTheLineAndTheShellGoesOn() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    pty.type(":modu")
    pty.read(until: ":modu")
    pty.type("\u{03}")
    #expect(pty.waitForPrompt().contains("^C"))
    pty.type(":history\r")
    let output = pty.waitForPrompt()
    #expect(!output.contains(":modu"), "the abandoned line is neither run nor remembered")
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
  }

  @Test func anUnwritableHistoryFileWarnsOnceAndTheShellStillWorks() throws {
    let home = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: home.path + "/state/lode/history", withIntermediateDirectories: true)
    let pty = try start(home)
    pty.type(":format csv\r")
    pty.waitForPrompt()
    pty.type(":format\r")
    let output = pty.waitForPrompt()
    #expect(output.contains("csv"))
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
    let warnings = pty.transcript.components(separatedBy: "history will not be saved").count - 1
    #expect(warnings == 1)
  }

  @Test func aLineEndingInAPipeAsksForMore() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    pty.type("help |\r")
    #expect(pty.waitForPrompt("...> ").hasSuffix("...> "))
    pty.type("\u{03}")
    pty.waitForPrompt()
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
  }

  @Test func ctrlRFindsAnEarlierLineAndEnterRunsIt() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    pty.type(":modules\r")
    pty.waitForPrompt()
    pty.type(":format\r")
    pty.waitForPrompt()
    // libedit handles keys in order, so the search text and Enter can be typed at once.
    pty.type("\u{12}modu\r")
    let output = pty.waitForPrompt()
    #expect(output.contains("shell "), "the recalled :modules ran again")
    pty.type(":history\r")
    #expect(
      pty.waitForPrompt().contains("2  :modules\r\n3  :history"), "and is the newest entry")
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
  }

  @Test func ctrlCCancelsARunningCommandAndTheShellGoesOn() throws {
    let home = try TemporaryDirectory()
    let pty = try start(home)
    pty.type("range 1000000 | sort n desc | sort n | sort n desc | sort n | sort n desc | count\r")
    pty.waitForCookedMode()
    // The interpreter clears the cancel flag when it starts a line; give it time to start
    // (the pipeline runs for seconds, so this only orders events, it measures nothing).
    usleep(300_000)
    pty.type("\u{03}")
    let output = pty.waitForPrompt()
    #expect(output.contains("error[command.cancelled]"))
    pty.type(":format\r")
    #expect(pty.waitForPrompt().contains("table"))
    pty.type("\u{04}")
    #expect(pty.waitForExit() == 0)
  }
}
