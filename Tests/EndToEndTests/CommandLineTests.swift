import Foundation
import LodeTestSupport
import Testing

/// Runs the built `lode` binary with pipes: `-c`, flags, exit statuses, piped input.
@Suite struct CommandLineTests {
  func lode(_ arguments: [String], input: String = "") throws -> CommandResult {
    try lode(arguments, bytes: Array(input.utf8))
  }

  func lode(_ arguments: [String], bytes: [UInt8]) throws -> CommandResult {
    let binary = try #require(LodeBinary.path, "the lode binary is built next to the tests")
    let home = try TemporaryDirectory()
    return try CommandResult.run(binary, arguments, bytes: bytes, environment: home.environment())
  }

  @Test func pipedHelpPrintsHelpWithoutEscapeCodes() throws {
    let r = try lode([], input: ":help\n")
    #expect(r.status == 0)
    #expect(r.stdout.contains("Meta-commands:"))
    #expect(!r.stdout.contains("\u{1B}"))
    #expect(!r.stdout.contains("lode> "), "no prompt when stdin is not a terminal")
  }

  @Test func anUnknownCommandFailsWithAHelpfulErrorAndStatus1() throws {
    let r = try lode(["-c", "nonsense"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("error[query.unknownCommand]: "))
    #expect(r.stderr.contains("`nonsense`"))
    #expect(r.stderr.contains("1 | nonsense\n  | ^^^^^^^^\n"))
    #expect(r.stderr.contains("help"), "it says where to look for the commands")
  }

  @Test func aMisspeltCommandGetsADidYouMean() throws {
    let r = try lode(["-c", "help hlep"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("did you mean `help`"))
  }

  @Test func anUnknownFlagIsAUsageErrorWithStatus2() throws {
    let r = try lode(["--bogus"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--bogus"))
  }

  @Test func aBadFormatIsAUsageError() throws {
    #expect(try lode(["--format", "xml", "-c", ":help"]).status == 2)
  }

  @Test func versionAndHelpSucceed() throws {
    let version = try lode(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("lode "))
    let help = try lode(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("-c <line>"))
  }

  @Test func aScriptOnStdinRunsEveryLineAndReportsFailure() throws {
    let ok = try lode([], input: ":format md\n:format\n")
    #expect(ok.status == 0)
    #expect(ok.stdout == "md\n")
    let bad = try lode([], input: ":format\nnonsense\n:format\n")
    #expect(bad.status == 1)
    #expect(bad.stdout == "table\ntable\n")
  }

  @Test func invalidUTF8OnStdinDoesNotCrash() throws {
    let r = try lode([], bytes: [0xFF, 0xFE] + Array("nonsense\n:format\n".utf8))
    #expect(r.status == 1)
    #expect(r.stderr.contains("1 | \u{FFFD}\u{FFFD}nonsense"), "the bytes are shown replaced")
    #expect(r.stdout == "table\n", "the shell goes on after the bad line")
  }

  @Test func anOverLongLastLineIsReportedAndFailsTheScript() throws {
    let huge = "quotes | where text ~ \"" + String(repeating: "a", count: 1_100_000) + "\""
    let r = try lode([], input: ":format\n" + huge)
    #expect(r.status == 1, "a dropped line fails the run")
    #expect(r.stdout == "table\n", "the lines before it ran")
    #expect(r.stderr.contains("line 2 is longer than"), "the dropped line is reported")
  }
}
