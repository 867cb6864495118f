import Foundation
import LodeCore
import LodeShell
import Testing

/// Checks every declaration of every module in `ShellModules.all`, the one list the shell
/// builds itself from: names, completion domains, output schemas and diagnostic ids.
@Suite struct ModuleDeclarationTests {
  static var modules: [any LodeModule.Type] { ShellModules.all }
  static let commands = modules.flatMap { m in m.commands.map { (m.name, $0) } }

  @Test func everyModuleRegistersWithoutAClash() {
    let (registry, clashes) = ShellRegistry.build()
    #expect(clashes.map(\.message) == [])
    #expect(registry.modules.map(\.name) == Self.modules.filter { !$0.commands.isEmpty }.map { $0.name })
    #expect(registry.lookup("timeline add")?.module == "Timeline")
    #expect(registry.resolve(["timeline", "add", "2025"])?.0.name == "timeline add")
  }

  @Test func commandsAndFunctionsCarryTheirModulesName() {
    for m in Self.modules {
      for c in m.commands { #expect(c.module == m.name, "\(c.name) is declared in \(m.name)") }
      for f in m.functions { #expect(f.module == m.name, "\(f.name)() is declared in \(m.name)") }
    }
  }

  /// Every `.domain(d)` a parameter or flag names (of a command or a meta-command) has
  /// exactly one module answering it, and every domain a module declares is named by one.
  @Test func everyCompletionDomainHasOneProviderAndAUser() {
    var used = Set<String>()
    for signature in Self.commands.map(\.1.signature) + MetaCommand.all.map(\.signature) {
      let hints = signature.parameters.map(\.completion) + signature.flags.map(\.completion)
      for case .domain(let d) in hints { used.insert(d) }
    }
    let declared = ShellModules.completionDomains.map(\.name)
    #expect(declared.count == Set(declared).count, "a domain is declared twice: \(declared)")
    #expect(used.subtracting(declared).sorted() == [], "domains no module answers")
    #expect(Set(declared).subtracting(used).sorted() == [], "domains no parameter names")
  }

  /// `outputSchema` describes a table that flows on: set exactly when the output is a
  /// table not shaped by the input (a stage over a table, `where` or `group`, derives its
  /// schema from the table flowing in).
  @Test func outputSchemaIsSetExactlyWhenATableFlowsOn() {
    let mismatched = Self.commands.map(\.1).filter { c in
      (c.outputSchema != nil) != (c.signature.output == .table && c.signature.input != .table)
    }
    #expect(mismatched.map(\.name) == [])
  }

  /// Every setting is declared once, by one module.
  @Test func everySettingIsDeclaredOnce() {
    let names = ShellModules.settings.map(\.name)
    #expect(names.count == Set(names).count, "\(names)")
  }

  /// A module folder (`Sources/Modules/X`) is in the list, and every diagnostic id written
  /// there is namespaced by its module: the module's name or one of its command names.
  @Test func diagnosticIdsAreNamespacedByModule() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/Modules")
    let folders = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    // One folder per module of the list, except the four the shell holds itself (the query
    // built-ins, the shell, sessions and plugins).
    #expect(folders.count == Self.modules.count - 4, "\(folders)")
    let idPattern = /(?:id:\s*|\.error\(\s*)"([A-Za-z][A-Za-z0-9_.-]*)"/
    for folder in folders {
      guard let m = Self.modules.first(where: { $0.name.lowercased() == folder.lowercased() }) else {
        Issue.record("Sources/Modules/\(folder) is not in ShellModules.all")
        continue
      }
      let spaces = Set([m.name.lowercased()] + m.commands.map { String($0.name.split(separator: " ")[0]) })
      let files =
        FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)?
        .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
      var ids = 0
      var raises = false
      for file in files {
        let text = try String(
          contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8)
        raises = raises || text.contains("Diagnostic(") || text.contains(".error(")
        for match in text.matches(of: idPattern) {
          ids += 1
          let space = String(match.output.1.split(separator: ".")[0])
          #expect(spaces.contains(space), "\(folder)/\(file): `\(match.output.1)` is not namespaced by \(m.name)")
        }
      }
      // A module that makes diagnostics has its ids found (the pattern does not miss them).
      #expect(ids > 0 || !raises, "\(folder): no diagnostic ids found")
    }
  }
}
