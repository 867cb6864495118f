import LodeCore
import LodeQuery
import Testing

@testable import LodeShell

@Suite struct ShellRegistryTests {
  func command(_ name: String, _ module: String, aliases: [String] = []) -> CommandDescriptor {
    CommandDescriptor(name: name, module: module, summary: "s", aliases: aliases) { _, _ in
      CommandOutput(.string(module))
    }
  }

  @Test func aDuplicateNameIsRejectedNamingBothModulesAndTheFirstStays() {
    let (registry, problems) = ShellRegistry.build(
      commands: [[command("quotes", "Quotes")], [command("quotes", "Plugin")]], functions: [])
    #expect(problems.count == 1)
    #expect(problems.first?.id == "registry.duplicate")
    #expect(problems.first?.message.contains("Quotes") == true)
    #expect(problems.first?.message.contains("Plugin") == true)
    #expect(registry.lookup("quotes")?.module == "Quotes")
  }

  @Test func anAliasClashIsRejectedToo() {
    let (registry, problems) = ShellRegistry.build(
      commands: [[command("where", "Query", aliases: ["filter"]), command("filter", "Other")]],
      functions: [])
    #expect(problems.map(\.id) == ["registry.duplicate"])
    #expect(registry.names == ["filter", "where"])
  }

  @Test func theStandardRegistryHasHelpAndNoClashes() {
    let (registry, problems) = ShellRegistry.build()
    #expect(problems.isEmpty)
    #expect(registry.lookup("help")?.module == HelpCommand.module)
  }

  @Test func theShellPublishesItsRegistryAsAService() throws {
    let shell = Shell(options: ShellOptions(loadCorpus: false))
    let registry = try #require(shell.context.service("registry", as: CommandRegistry.self))
    #expect(registry.names == shell.interpreter.registry.names)
    #expect(shell.startupDiagnostics.isEmpty)
  }

  @Test func extraCommandsThatClashAreReportedAtStartup() {
    let shell = Shell(
      options: ShellOptions(loadCorpus: false, extraCommands: [command("help", "Mine")]))
    #expect(shell.startupDiagnostics.map(\.id) == ["registry.duplicate"])
    #expect(shell.interpreter.registry.lookup("help")?.module == HelpCommand.module)
  }
}
