import Foundation
import LodeTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Sessions as artifacts, through the real binary: a session typed at the prompt is saved
/// with `:save`, replayed with `lode run`, checked with `lode check`; the journal survives
/// `kill -9`.
@Suite struct SessionEndToEndTests {
  /// The lines typed in the interactive session; the third one fails.
  static let lines = [
    "500bn * 50%", "quotes | count", "quotes | cout", "regions | where mentions > 0 | select code",
    "dates | select value",
  ]

  /// Types `lines` at a fresh prompt, saves a script and a transcript into `home`, and
  /// returns what each line printed.
  func typeSession(_ home: TemporaryDirectory) throws -> [String] {
    let pty = try EndToEnd.shell(home: home)
    let outputs = Self.lines.map { pty.enter($0) }
    #expect(pty.enter(":save \(home.path)/s.lode").contains("saved script"))
    #expect(pty.enter(":save --transcript \(home.path)/t.lode").contains("saved transcript"))
    #expect(pty.quit() == 0)
    return outputs
  }

  @Test func aTypedSessionSavedAsAScriptReplaysWithTheSameOutput() throws {
    let home = try TemporaryDirectory()
    let outputs = try typeSession(home)
    #expect(outputs[0] == "$250,000,000,000\n")
    #expect(outputs[2].contains("error[query.unknownCommand]"), "the third line fails")
    #expect(outputs[3].contains("UA-12"))

    let script = try String(contentsOfFile: home.path + "/s.lode", encoding: .utf8)
    #expect(script.hasPrefix("# lode script 1\n# corpus: "))
    #expect(script.contains("# failed: quotes | cout"), "the failed line is kept as a comment")

    let replay = try EndToEnd.lode(["run", home.path + "/s.lode"], home: home)
    #expect(replay.status == 0, "\(replay.stderr)")
    let succeeded = outputs.enumerated().filter { $0.offset != 2 }.map(\.element)
    #expect(replay.stdout == succeeded.joined(), "the replay prints what the session printed")
  }

  @Test func aSavedTranscriptChecksThenFailsWhenEditedThenIsRepairedByUpdate() throws {
    let home = try TemporaryDirectory()
    let outputs = try typeSession(home)
    let transcript = home.path + "/t.lode"
    let ok = try EndToEnd.lode(["check", transcript], home: home)
    #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
    #expect(ok.stdout.contains("ok: 1 transcript, \(Self.lines.count) inputs"))

    let count = outputs[1].trimmingCharacters(in: .newlines)
    let original = try String(contentsOfFile: transcript, encoding: .utf8)
    let edited = original.replacingOccurrences(
      of: "lode> quotes | count\n\(count)\n", with: "lode> quotes | count\n\(count)0\n")
    #expect(edited != original, "the expected count is in the transcript")
    try edited.write(toFile: transcript, atomically: true, encoding: .utf8)

    let failed = try EndToEnd.lode(["check", transcript], home: home)
    #expect(failed.status == 1)
    #expect(failed.stdout.contains("lode> quotes | count"), "the diff names the input")
    #expect(failed.stdout.contains("-\(count)0\n+\(count)\n"), "\(failed.stdout)")
    #expect(failed.stdout.contains("FAIL: 1 of \(Self.lines.count) outputs differ"))

    let update = try EndToEnd.lode(["check", "--update", transcript], home: home)
    #expect(update.status == 0)
    #expect(try String(contentsOfFile: transcript, encoding: .utf8) == original)
    #expect(try EndToEnd.lode(["check", transcript], home: home).status == 0)
  }

  @Test func saveRefusesToOverwriteWithoutForce() throws {
    let home = try TemporaryDirectory()
    let file = home.path + "/kept.lode"
    try "precious\n".write(toFile: file, atomically: true, encoding: .utf8)
    let pty = try EndToEnd.shell(home: home)
    _ = pty.enter("quotes | count")
    let refused = pty.enter(":save \(file)")
    #expect(refused.contains("error[session.save.exists]"))
    #expect(refused.contains("--force"), "it says how to overwrite")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "precious\n")
    #expect(pty.enter(":save --force \(file)").contains("saved script"))
    #expect(pty.quit() == 0)
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\nquotes | count\n"))
  }

  @Test func runReadsStdinAndStopsAtTheFirstErrorUnlessKeepGoing() throws {
    let home = try TemporaryDirectory()
    let script = "500bn * 50%\nnope\n2bn * 2\n"
    let stdin = try EndToEnd.lode(["run", "-"], input: script, home: home)
    #expect(stdin.status == 1)
    #expect(stdin.stdout.hasPrefix("$250,000,000,000\n"))
    #expect((stdin.stdout + stdin.stderr).contains("error[query.unknownCommand]"))
    #expect(stdin.stderr.contains("stopped at -:2"))
    #expect(!stdin.stdout.contains("$4,000,000,000"), "the line after the error did not run")

    let file = home.path + "/k.lode"
    try script.write(toFile: file, atomically: true, encoding: .utf8)
    let going = try EndToEnd.lode(["run", "--keep-going", file], home: home)
    #expect(going.status == 1, "a line failed")
    #expect(going.stdout.hasPrefix("$250,000,000,000\n"))
    #expect(going.stdout.hasSuffix("$4,000,000,000\n"), "every line ran")
    #expect(!going.stderr.contains("stopped at"))
  }

  @Test func aRelativeScriptPathRunsAndPathsInsideResolveAgainstItsFolder() throws {
    let home = try TemporaryDirectory()
    let folder = home.path + "/analysis"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "500bn * 50%\n:run inner.lode\n".write(
      toFile: folder + "/outer.lode", atomically: true, encoding: .utf8)
    try "2bn * 2\n".write(toFile: folder + "/inner.lode", atomically: true, encoding: .utf8)
    let r = try CommandResult.run(
      EndToEnd.binary(), ["run", "analysis/outer.lode"], environment: home.environment(),
      currentDirectory: home.path)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "$250,000,000,000\n$4,000,000,000\n")
  }

  @Test func runAndCheckHonourFormatAndSeedsGivenAfterTheSubcommand() throws {
    let home = try TemporaryDirectory()
    let script = home.path + "/n.lode"
    try "quotes | count\namounts | count\ndates | count\n"
      .write(toFile: script, atomically: true, encoding: .utf8)
    let count = try EndToEnd.lode(["-c", "quotes | count"], home: home).stdout
    let json = try EndToEnd.lode(["run", "--format", "json", script], home: home)
    #expect(json.status == 0)
    #expect(json.stdout.hasPrefix(count.trimmingCharacters(in: .newlines) + "\n"))

    let pty = try EndToEnd.shell(home: home)
    for line in ["quotes | count", "amounts | count", "dates | count"] { _ = pty.enter(line) }
    #expect(pty.enter(":save --transcript \(home.path)/t.lode").contains("saved transcript"))
    #expect(pty.quit() == 0)
    let saved = try String(contentsOfFile: home.path + "/t.lode", encoding: .utf8)
    #expect(saved.contains("lode> quotes | count\n\(count)"), "\(saved)")
    let seeds = home.path + "/seeds"
    try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
    try "Zelensky said: \"We will not sell.\" The talks ended on March 3, 2025.\n"
      .write(toFile: seeds + "/other.txt", atomically: true, encoding: .utf8)
    let other = try EndToEnd.lode(["check", "--seeds", seeds, home.path + "/t.lode"], home: home)
    #expect(other.status == 1)
    let changed = other.stdout.components(separatedBy: "the corpus changed").count - 1
    #expect(changed == 1, "reported once: \(other.stdout)")
    #expect(other.stdout.components(separatedBy: "\n--- ").count <= 2, "one diff, not a flood")
  }

  /// Run from another folder with `lode` found on PATH (so argv[0] is a bare name), the
  /// script still gets the checkout's plugins.
  @Test func aScriptWithAShebangRunsAsAProgram() throws {
    let home = try TemporaryDirectory()
    let file = home.path + "/calc.lode"
    // A child writes the program: a descriptor open for writing in this process could
    // leak into another test's concurrently spawned child and make exec fail (ETXTBSY).
    let written = try CommandResult.run(
      "/bin/sh", ["-c", "cat > \"$1\" && chmod 755 \"$1\"", "sh", file],
      input:
        "#!/usr/bin/env -S lode run\n# lode script 1\n500bn * 50%\nquotes | count\nfx version\n",
      environment: home.environment())
    #expect(written.status == 0)
    let folder = URL(fileURLWithPath: try EndToEnd.binary()).deletingLastPathComponent().path
    let path = folder + ":" + (home.environment()["PATH"] ?? "/usr/bin:/bin")
    let r = try CommandResult.run(
      file, [], environment: home.environment(extra: ["PATH": path]),
      currentDirectory: home.path)
    #expect(r.status == 0, "\(r.stderr)")
    let count = try EndToEnd.lode(["-c", "quotes | count"], home: home).stdout
    let version = try #require(
      try PluginEndToEndTests.examplesWithOutput("fx").first { $0.0 == "fx version" }?.1)
    #expect(r.stdout == "$250,000,000,000\n" + count + version + "\n")
  }

  @Test func sigkillLosesNoEnteredLineFromTheJournal() throws {
    let home = try TemporaryDirectory()
    let pty = try EndToEnd.shell(home: home)
    let typed = ["500bn * 50%", "quotes | count", "nonsense here", "let x = 2bn", "$x * 3"]
    for line in typed { #expect(!pty.enter(line).isEmpty, "\(line) printed something") }
    let shown = pty.enter(":journal").trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(kill(pty.pid, SIGKILL) == 0)
    #expect(pty.waitForExit() == nil, "killed by the signal")

    let folder = home.path + "/state/lode/journal"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(names.count == 1, "\(names)")
    let journal = try String(contentsOfFile: folder + "/" + (names.first ?? ""), encoding: .utf8)
    #expect(journal == "# lode journal 1\n" + (typed + [":journal"]).map { $0 + "\n" }.joined())
    #expect(shown == folder + "/" + (names.first ?? ""), ":journal printed its path")
  }
}
