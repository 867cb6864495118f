import Foundation
import LodeCore
import LodePluginHost
import Testing

@Test func bothExamplePluginsAreDiscoveredWithTheirSignatures() throws {
  let h = try HostHarness([FixturePaths.packageRoot + "/plugins"])
  #expect(h.warnings.isEmpty, "\(h.warnings)")
  #expect(h.host.plugins.map(\.name) == ["fx", "lexicon"])
  #expect(h.host.plugins.allSatisfy { !$0.description.isEmpty })
  #expect(h.host.plugins.allSatisfy { $0.state == .notStarted })
  let convert = try #require(h.commands["fx convert"])
  #expect(convert.module == "plugin:fx")
  #expect(convert.usage == "fx convert AMOUNT to CURRENCY [--rate NUMBER]")
  #expect(
    convert.signature.parameters[2].completion
      == .words(["USD", "EUR", "GBP", "UAH", "CHF", "PLN", "JPY", "CNY"]))
  #expect(convert.examples.contains { $0.output == "€424,196,148,298.97" })
  let kwic = try #require(h.commands["kwic"])
  #expect(kwic.signature.input == .table)
  #expect(kwic.signature.flags.map(\.name) == ["width", "field"])
  #expect(kwic.signature.flags[1].completion == .fields)
  #expect(
    h.commands["fx rates"]?.outputSchema?.names == ["currency", "name", "usd_per_unit", "source"])
}

@Test(arguments: [
  ("badmanifest", "not valid JSON"),
  ("rowexpression", "shape \"rowExpression\" is not available to plugins"),
])
func invalidManifestsGiveOneWarningAndAreSkipped(folder: String, problem: String) throws {
  let h = try HostHarness([FixturePaths.fixture(folder), FixturePaths.fixture("noop")])
  #expect(h.warnings.count == 1)
  let w = try #require(h.warnings.first)
  #expect(w.kind == .warning && w.id == "plugin.manifest.invalid")
  #expect(w.message.contains("\(folder)/plugin.json"), "names the file: \(w.message)")
  #expect(w.message.contains(problem), "\(w.message)")
  #expect(!w.message.contains("\n"))
  #expect(h.host.plugins.map(\.name) == ["noop"], "the good plugin is still loaded")
}

/// Writes `manifest` as plugin.json into a fresh folder and discovers it.
private func discover(_ manifest: String) throws -> [Diagnostic] {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lode-manifest-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  try Data(manifest.utf8).write(to: dir.appendingPathComponent("plugin.json"))
  return PluginHost(searchPaths: [dir.path]).discover().warnings
}

@Test(arguments: [
  (#"{"version":"1","protocol":1,"run":["x"],"commands":[]}"#, "missing `name`"),
  (
    #"{"name":"p","version":"1","protocol":7,"run":["x"],"commands":[{"name":"c","summary":"s"}]}"#,
    "protocol 7 is not supported"
  ),
  (
    #"{"name":"p","version":"1","protocol":1,"run":[],"commands":[{"name":"c","summary":"s"}]}"#,
    "run must be a non-empty argv array"
  ),
  (
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[{"name":"Bad Name!","summary":"s"}]}"#,
    "commands[0].name"
  ),
  (
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[{"name":"c","summary":"s","parameters":[{"name":"a","shape":"value","type":"money2"}]}]}"#,
    "commands[0].parameters[0].type `money2` is not a type"
  ),
  (
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[{"name":"c","summary":"s","parameters":[{"name":"a","shape":"choice"}]}]}"#,
    "no choices"
  ),
  (
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[{"name":"c","summary":"s","parameters":[{"name":"a","shape":"word","completion":"telepathy"}]}]}"#,
    "is not a completion"
  ),
  (
    #"{"name":"p","version":"1","protocol":1,"run":["x"],"commands":[{"name":"c","summary":7}]}"#,
    "`commands[0].summary` should be a string"
  ),
])
func manifestProblemsNameTheField(manifest: String, problem: String) throws {
  let warnings = try discover(manifest)
  #expect(warnings.count == 1)
  #expect(warnings.first?.message.contains(problem) == true, "\(warnings)")
}

@Test func aSecondPluginWithTheSameNameOrCommandIsSkipped() throws {
  let noop = FixturePaths.fixture("noop")
  let h = try HostHarness([noop, noop + "/."])
  #expect(h.host.plugins.count == 1)
  #expect(h.warnings.isEmpty, "the same folder twice is one plugin")
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lode-dup-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  try Data(
    #"{"name":"other","version":"1","protocol":1,"run":["x"],"commands":[{"name":"noop","summary":"s"}]}"#
      .utf8
  )
  .write(to: dir.appendingPathComponent("plugin.json"))
  let h2 = try HostHarness([noop, dir.path])
  #expect(h2.host.plugins.map(\.name) == ["noop"])
  #expect(h2.warnings.map(\.id) == ["plugin.duplicate"])
  #expect(
    h2.warnings.first?.message.contains("command `noop` is already defined by plugin `noop`")
      == true)
}

@Test func searchPathsFollowProjectThenXDGThenPluginPath() {
  let paths = PluginHost.defaultSearchPaths(
    projectPlugins: "/proj/plugins",
    environment: ["HOME": "/home/a", "LODE_PLUGIN_PATH": "/x::/y"])
  #expect(paths == ["/proj/plugins", "/home/a/.config/lode/plugins", "/x", "/y"])
  let xdg = PluginHost.defaultSearchPaths(
    projectPlugins: nil, environment: ["HOME": "/home/a", "XDG_CONFIG_HOME": "/cfg"])
  #expect(xdg == ["/cfg/lode/plugins"])
}

@Test func registeringSkipsOnlyTheClashingCommand() throws {
  let h = try HostHarness([FixturePaths.packageRoot + "/plugins"])
  var registry = CommandRegistry()
  try registry.register([
    CommandDescriptor(name: "tone", module: "builtin", summary: "s") { _, _ in CommandOutput(.null) }
  ])
  let warnings = PluginHost.register(Array(h.commands.values), into: &registry)
  #expect(warnings.count == 1)
  #expect(warnings.first?.id == "plugin.commandClash")
  #expect(warnings.first?.message.contains("plugin:lexicon is skipped") == true, "\(warnings)")
  #expect(registry.lookup("tone")?.module == "builtin")
  #expect(registry.lookup("kwic")?.module == "plugin:lexicon")
  #expect(registry.lookup("fx convert")?.module == "plugin:fx")
  #expect(registry.isGroup("fx"))
}

@Test func theStatusTableListsEveryPluginAndItsState() throws {
  let h = try HostHarness([FixturePaths.packageRoot + "/plugins"])
  let t = h.host.statusTable
  #expect(t.schema.names == ["name", "version", "state", "commands", "starts", "folder", "description", "stderr"])
  #expect(t.rows.map { $0[0] } == [.string("fx"), .string("lexicon")])
  #expect(t.value(0, "state") == .string("not started"))
  #expect(t.value(0, "commands") == .string("fx rates, fx convert, fx version"))
  _ = h.run("fx version")
  #expect(h.host.statusTable.value(0, "state") == .string("running"))
  #expect(h.host.statusTable.value(0, "starts") == .int(1))
  h.host.shutdown()
}
