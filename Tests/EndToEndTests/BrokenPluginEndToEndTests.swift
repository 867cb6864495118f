import Foundation
import LodeTestSupport
import Testing

/// Deliberately broken plugins (the host tests' fixtures, copied into a temporary plugin
/// folder on LODE_PLUGIN_PATH) through the real shell: each fault gives a clear error
/// naming the plugin, and the shell goes on to answer the next line.
@Suite struct BrokenPluginEndToEndTests {
  static let fixtures = EndToEnd.repositoryRoot + "/Tests/LodePluginHostTests/Fixtures"

  /// A temporary HOME whose `plugins` folder holds copies of `names` from the fixtures.
  func home(with names: [String]) throws -> TemporaryDirectory {
    let home = try TemporaryDirectory()
    let plugins = home.path + "/plugins"
    try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
    for name in names {
      try FileManager.default.copyItem(
        atPath: Self.fixtures + "/" + name, toPath: plugins + "/" + name)
    }
    return home
  }

  /// Pipes `lines` then `500bn * 50%` into lode with the fixtures on LODE_PLUGIN_PATH.
  func run(_ lines: [String], plugins: [String] = ["faulty"]) throws -> CommandResult {
    let home = try home(with: plugins)
    let input = (lines + ["500bn * 50%"]).map { $0 + "\n" }.joined()
    return try EndToEnd.lode(
      [], input: input, home: home, extra: ["LODE_PLUGIN_PATH": home.path + "/plugins"])
  }

  /// The fault's error names the plugin, and the shell still answers the next line.
  func expectSurvived(
    _ r: CommandResult, id: String, mentions: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(r.status == 1, "a line failed", sourceLocation: sourceLocation)
    #expect(
      r.stderr.contains("error[\(id)]: plugin `"), "\(r.stderr)", sourceLocation: sourceLocation)
    for m in mentions {
      #expect(r.stderr.contains(m), "\(m) in \(r.stderr)", sourceLocation: sourceLocation)
    }
    #expect(
      r.stdout.hasSuffix("$250,000,000,000\n"), "the shell goes on: \(r.stdout)",
      sourceLocation: sourceLocation)
  }

  @Test func aCrashOnCallShowsItsStderrAndTheShellGoesOn() throws {
    let r = try run(["crash"])
    expectSurvived(
      r, id: "plugin.crashed",
      mentions: ["plugin `faulty` stopped during `crash`", "RuntimeError: boom"])
  }

  @Test func aHangTimesOutAfterTheSetting() throws {
    let r = try run([":set plugin.timeout 1", "hang"])
    expectSurvived(r, id: "plugin.timeout", mentions: ["`faulty` did not answer within 1s"])
  }

  @Test func garbageOnStdoutIsReported() throws {
    let r = try run(["garbage"])
    expectSurvived(r, id: "plugin.badOutput", mentions: ["`faulty`", "this is not json"])
  }

  @Test func aHundredMegabytesOfOutputIsCutOff() throws {
    let r = try run(["flood"])
    expectSurvived(r, id: "plugin.oversized", mentions: ["`faulty` sent a message over"])
  }

  @Test func aWrongProtocolVersionIsRefused() throws {
    let r = try run(["future"], plugins: ["badversion"])
    expectSurvived(r, id: "plugin.version", mentions: ["`badversion` speaks protocol 99"])
  }

  @Test func aFaultyPluginRestartsOnTheNextCall() throws {
    let r = try run(["crash", "echo 5"])
    expectSurvived(r, id: "plugin.crashed")
    #expect(r.stdout.contains("args"), "echo answered after the crash: \(r.stdout)")
  }

  @Test func aFaultPointsAtTheCommandInTheTypedLine() throws {
    let r = try run(["garbage"])
    #expect(r.stderr.contains("1 | garbage\n  | ^^^^^^^\n"), "\(r.stderr)")
  }

  /// Whether a process whose parent is `parent` has `needle` in its command line.
  static func hasChild(of parent: Int32, running needle: String) -> Bool {
    let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return ids.contains { id in
      guard Int32(id) != nil,
        let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return false }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      guard fields.count > 1, Int32(fields[1]) == parent,
        let command = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(id)/cmdline"))
      else { return false }
      return String(decoding: command, as: UTF8.self).contains(needle)
    }
  }

  @Test func ctrlCCancelsAHangingCallAndTheShellGoesOn() throws {
    let home = try home(with: ["faulty"])
    let pty = try EndToEnd.shell(
      home: home, extra: ["LODE_PLUGIN_PATH": home.path + "/plugins"])
    #expect(pty.enter(":set plugin.timeout 600").isEmpty)
    pty.type("hang\r")
    pty.waitForCookedMode()
    // Press Ctrl-C once the plugin process exists: the call is surely under way then.
    let deadline = Date().addingTimeInterval(60)
    while !Self.hasChild(of: pty.pid, running: "faulty.py"), Date() < deadline {
      usleep(20_000)
    }
    pty.type("\u{03}")
    let output = pty.waitForPrompt(timeout: 60)
    #expect(
      output.contains("error[command.cancelled]: cancelled; plugin `faulty` was stopped"),
      "\(pty.transcript.debugDescription)")
    #expect(pty.enter("echo 1").contains("args"), "the plugin restarts on the next call")
    #expect(pty.enter("500bn * 50%") == "$250,000,000,000\n")
    #expect(pty.quit() == 0)
  }

  @Test func aBadManifestGivesOneWarningLineAtStartAndIsSkipped() throws {
    let home = try home(with: ["badmanifest", "faulty"])
    let pty = try EndToEnd.shell(
      home: home, extra: ["LODE_PLUGIN_PATH": home.path + "/plugins"])
    let startup = pty.transcript.replacingOccurrences(of: "\r\n", with: "\n")
    let warnings = startup.split(separator: "\n").filter { $0.contains("badmanifest") }
    #expect(warnings.count == 1, "\(startup)")
    #expect(warnings.first?.hasPrefix("warning[plugin.manifest.invalid]: ") == true)
    #expect(warnings.first?.hasSuffix("plugin skipped") == true)
    let listed = pty.enter(":plugins")
    #expect(listed.contains("faulty"), "the good plugin next to it loads")
    #expect(!listed.contains("badmanifest"))
    #expect(pty.enter("500bn * 50%") == "$250,000,000,000\n")
    #expect(pty.quit() == 0)
  }

  @Test func everyFaultInOneSessionLeavesTheShellWorking() throws {
    let home = try home(with: ["faulty", "badversion"])
    let pty = try EndToEnd.shell(
      home: home, extra: ["LODE_PLUGIN_PATH": home.path + "/plugins"])
    for (line, id) in [
      ("crash", "plugin.crashed"), ("garbage", "plugin.badOutput"), ("flood", "plugin.oversized"),
      ("future", "plugin.version"), (":set plugin.timeout 1\nhang", "plugin.timeout"),
    ] {
      let lines = line.split(separator: "\n").map(String.init)
      for setting in lines.dropLast() { #expect(pty.enter(setting).isEmpty) }
      #expect(pty.enter(lines.last ?? "").contains("error[\(id)]: plugin `"), "\(line)")
      #expect(pty.enter("500bn * 50%") == "$250,000,000,000\n", "after \(line)")
    }
    #expect(pty.quit() == 0)
  }
}
