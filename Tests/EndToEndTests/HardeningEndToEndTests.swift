import Foundation
import LodeTestSupport
import Testing

/// Issue 18, defects 7, 8, 9, 12 and 15, through the real binary.
@Suite struct HardeningEndToEndTests {
  static let faulty = EndToEnd.repositoryRoot + "/Tests/LodePluginHostTests/Fixtures/faulty"

  @Test func nulIsACharacterLikeAnyOther() throws {
    let home = try TemporaryDirectory()
    let shown = try EndToEnd.lode([], input: "\"a\u{0}b\"\n", home: home)
    #expect(shown.stdout == "a␀b\n")
    let data = try EndToEnd.lode([], input: "\"a\u{0}b\" | to csv\n", home: home)
    #expect(data.stdout == "a\u{0}b\n")
  }

  @Test func aLineStartingWithMinusRunsAfterC() throws {
    let home = try TemporaryDirectory()
    let r = try EndToEnd.lode(["-c", "-5 + 1"], home: home)
    #expect(r.stdout == "-4\n" && r.status == 0 && r.stderr.isEmpty)
    let parsed = try EndToEnd.lode(["--no-color", "-c", "-5 + 1"], home: home)
    #expect(parsed.stdout == "-4\n" && parsed.status == 0)
  }

  @Test func aClosedPipeEndsQuietlyLikeCat() throws {
    let home = try TemporaryDirectory()
    var env = home.environment()
    env["LODE"] = try EndToEnd.binary()
    let r = try CommandResult.run(
      "/bin/bash", ["-c", "\"$LODE\" --format csv -c 'range 200000' | head -1; echo \"status ${PIPESTATUS[0]}\""],
      environment: env)
    #expect(r.stdout == "n\nstatus 141\n")
    #expect(r.stderr.isEmpty)
  }

  @Test func aPluginsChildrenDoNotOutliveItsTimeout() throws {
    let home = try TemporaryDirectory()
    let r = try EndToEnd.lode(
      [], input: ":set plugin.timeout 1\nspawn\n", home: home, extra: ["LODE_PLUGIN_PATH": Self.faulty])
    #expect(r.stderr.contains("error[plugin.timeout]"))
    let marker = "faulty: spawned "
    let line = try #require(r.stderr.split(separator: "\n").first { $0.contains(marker) })
    let pid = try #require(Int32(line.split(separator: " ").last ?? ""))
    // The grandchild (`sleep 3600`) was in the plugin's process group, ended with it.
    var gone = false
    for _ in 0..<100 where !gone {
      gone = kill(pid, 0) != 0 && errno == ESRCH
      if !gone { usleep(20_000) }
    }
    #expect(gone, "process \(pid) outlived the plugin")
  }

  @Test func aWorkingDirectoryPluginRunsOnlyOnceTrusted() throws {
    let home = try TemporaryDirectory()
    let project = home.path + "/project"
    let fm = FileManager.default
    try fm.createDirectory(atPath: project + "/plugins", withIntermediateDirectories: true)
    #expect(fm.createFile(atPath: project + "/plugins/PROTOCOL.md", contents: Data()))
    try fm.copyItem(atPath: Self.faulty, toPath: project + "/plugins/faulty")
    let binary = try EndToEnd.binary()
    func lode(_ args: [String], _ input: String = "") throws -> CommandResult {
      try CommandResult.run(binary, args, input: input, environment: home.environment(), currentDirectory: project)
    }
    let before = try lode(["-c", "echo"])
    #expect(before.status == 1)
    #expect(before.stderr.contains("warning[plugin.untrusted]"))
    #expect(before.stderr.contains("error[query.unknownCommand]"))
    let listed = try lode(["-c", ":plugins"])
    #expect(listed.stdout.contains("untrusted: `:plugins trust faulty`"))

    let trusted = try lode([], ":plugins trust faulty\necho 7\n")
    #expect(trusted.status == 0, "\(trusted.stderr)")
    #expect(trusted.stdout.hasPrefix("trusted plugin `faulty`; its commands: echo, crash"))
    let remembered = try String(contentsOfFile: home.path + "/config/lode/trusted-plugins", encoding: .utf8)
    #expect(remembered.hasSuffix("\t" + project + "/plugins/faulty\n"))
    #expect(try lode(["-c", "echo 7"]).status == 0)

    // A changed manifest is a different plugin: trust again.
    let manifest = project + "/plugins/faulty/plugin.json"
    try (String(contentsOfFile: manifest, encoding: .utf8) + "\n").write(
      toFile: manifest, atomically: true, encoding: .utf8)
    #expect(try lode(["-c", "echo 7"]).stderr.contains("warning[plugin.untrusted]"))
    let once = try lode(["--trust-plugins", "-c", "echo 7"])
    #expect(once.status == 0 && once.stderr.isEmpty)
  }
}
