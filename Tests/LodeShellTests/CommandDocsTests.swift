import Foundation
import LodeCore
import LodeQuery
import LodeSession
import LodeShell
import LodeTestSupport
import Testing

/// `docs/commands.md` is exactly what `CommandDocs` generates from the standard registry;
/// `LODE_RECORD=1 swift test --filter CommandDocsTests` rewrites it.
@Suite struct CommandDocsTests {
  static let path = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/commands.md").path

  @Test func committedReferenceIsCurrent() throws {
    let generated = CommandDocs.markdown(registry: ShellRegistry.build().0)
    if ProcessInfo.processInfo.environment["LODE_RECORD"] == "1" {
      try generated.write(toFile: Self.path, atomically: true, encoding: .utf8)
    }
    let committed = (try? String(contentsOfFile: Self.path, encoding: .utf8)) ?? ""
    #expect(
      committed == generated,
      "docs/commands.md is stale: run `\(CommandDocs.regenerate)` and commit the result")
  }

  @Test func everyCommandMetaCommandAndFunctionIsDocumented() {
    let registry = ShellRegistry.build().0
    let text = CommandDocs.markdown(registry: registry)
    for c in registry.commands { #expect(text.contains("### `\(c.name)`"), "\(c.name)") }
    for m in MetaCommand.all { #expect(text.contains("`\(m.usage.replacingOccurrences(of: "|", with: "\\|"))`")) }
    for f in registry.functions.keys { #expect(text.contains("| `\(f)("), "\(f)") }
  }

  @Test func generationIsDeterministic() {
    let a = CommandDocs.markdown(registry: ShellRegistry.build().0)
    let b = CommandDocs.markdown(registry: ShellRegistry.build().0)
    #expect(a == b)
  }

  @Test func docsMetaCommandPrintsTheReference() {
    let shell = Shell(options: ShellOptions(loadCorpus: false))
    let out = shell.run(":docs")
    #expect(!out.failed)
    #expect(out.output == CommandDocs.markdown(registry: shell.interpreter.registry))
    #expect(shell.run(":docs extra").failed)
  }
}
