import Foundation
import LodeCore
import LodeQuery
import LodeSession
import LodeTestSupport
import Testing

@testable import LodeShell

/// Plugins are discovered on first need: a line of built-ins never reads a manifest, while
/// `help`, `:plugins`, Tab and a plugin command's name do, with the same results as before.
@Suite struct PluginDiscoveryTests {
  /// A plugin folder holding one plugin `echoer` with the command `shout` (never started here),
  /// and a broken one, `broken`, whose manifest is not JSON.
  static func pluginFolder() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    let fm = FileManager.default
    try fm.createDirectory(atPath: dir.path + "/echoer", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: dir.path + "/broken", withIntermediateDirectories: true)
    try #"""
    {"name": "echoer", "version": "1.0.0", "protocol": 1, "run": ["./missing-program"],
     "commands": [{"name": "shout", "summary": "say it louder",
                   "parameters": [{"name": "words", "shape": "word"}]}]}
    """#.write(toFile: dir.path + "/echoer/plugin.json", atomically: true, encoding: .utf8)
    try "{ not json".write(toFile: dir.path + "/broken/plugin.json", atomically: true, encoding: .utf8)
    return dir
  }

  /// What a shell printed on its error stream.
  final class ErrorStream { var text = "" }

  /// A shell over `folder`'s plugins whose error stream is collected in `stderr`.
  static func shell(_ folder: TemporaryDirectory, stderr: ErrorStream) -> Shell {
    let shell = Shell(options: ShellOptions(loadCorpus: false, pluginPaths: [folder.path]))
    shell.sink = { text, isError in if isError { stderr.text += text } }
    return shell
  }

  @Test func builtInLinesNeverReadAManifest() throws {
    let folder = try Self.pluginFolder()
    let stderr = ErrorStream()
    let shell = Self.shell(folder, stderr: stderr)
    #expect(shell.run("500bn * 50%").output == "$250,000,000,000\n")
    #expect(shell.run("range 3 | count").output == "3\n")
    #expect(shell.run(":set format table").failed == false)
    #expect(!shell.pluginsDiscovered)
    #expect(shell.interpreter.registry.lookup("shout") == nil)
    #expect(stderr.text.isEmpty, "no manifest read, so no warning yet")
  }

  @Test(arguments: ["help", "help shout", ":help", ":plugins", ":modules", ":docs"])
  func listingCommandsDiscoverFirst(line: String) throws {
    let folder = try Self.pluginFolder()
    let stderr = ErrorStream()
    let shell = Self.shell(folder, stderr: stderr)
    let out = shell.run(line)
    #expect(!out.failed, "\(out.output)")
    #expect(shell.pluginsDiscovered)
    #expect(out.output.contains("shout") || out.output.contains("echoer"), "\(out.output)")
    let warnings = stderr.text
    #expect(warnings.hasPrefix("warning[plugin.manifest.invalid]: "), "\(warnings)")
    #expect(warnings.contains("broken/plugin.json: not valid JSON"))
    #expect(!out.output.contains("broken"), "the warning is not part of the line's output")
  }

  @Test func aPluginCommandNameDiscoversAndRunsTheLine() throws {
    let folder = try Self.pluginFolder()
    let stderr = ErrorStream()
    let shell = Self.shell(folder, stderr: stderr)
    let out = shell.run("shout")
    #expect(shell.pluginsDiscovered)
    #expect(out.failed)
    #expect(!out.output.contains("unknown command"), "the plugin's command was found: \(out.output)")
    #expect(out.output.contains("`shout` expects"), "its signature checked the line: \(out.output)")
  }

  @Test func anUnknownNameStillFailsAfterDiscoveryWithSuggestions() throws {
    let folder = try Self.pluginFolder()
    let stderr = ErrorStream()
    let shell = Self.shell(folder, stderr: stderr)
    let out = shell.run("shoutt loud")
    #expect(shell.pluginsDiscovered)
    #expect(out.output.contains("error[query.unknownCommand]: unknown command `shoutt`"))
    #expect(out.output.contains("did you mean `shout`"), "\(out.output)")
    #expect(shell.run("help").output.components(separatedBy: "shout").count == 2, "registered once")
  }

  @Test func tabDiscovers() throws {
    let folder = try Self.pluginFolder()
    let stderr = ErrorStream()
    let shell = Self.shell(folder, stderr: stderr)
    let result = shell.complete("sho", cursor: 3)
    #expect(result.candidates.map(\.text).contains("shout"))
  }

  @Test func withoutPluginsNothingIsDiscovered() {
    let shell = Shell(options: ShellOptions(loadCorpus: false))
    #expect(shell.run("nosuchcommand").failed)
    #expect(shell.pluginsDiscovered)
    #expect(shell.plugins == nil)
  }
}
