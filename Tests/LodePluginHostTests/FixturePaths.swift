import Foundation
import LodeCore
import LodePluginHost
import LodeShell

/// Where the test fixtures and the package's real plugins live, found from this file.
enum FixturePaths {
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
  static let packageRoot = URL(fileURLWithPath: testsFolder).deletingLastPathComponent()
    .deletingLastPathComponent().path

  static func fixture(_ name: String) -> String { testsFolder + "/Fixtures/" + name }
  static func plugin(_ name: String) -> String { packageRoot + "/plugins/" + name }
}

/// A host over `paths`, its discovered commands by name, and a context with `settings`.
struct HostHarness {
  let host: PluginHost
  let commands: [String: CommandDescriptor]
  let warnings: [Diagnostic]
  let context: Context

  init(_ paths: [String], settings: [(String, String)] = []) throws {
    host = PluginHost(searchPaths: paths, lodeVersion: "test")
    let (descriptors, warnings) = host.discover()
    self.warnings = warnings
    commands = Dictionary(descriptors.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    var s = Settings(specs: ShellModules.settings)
    for (name, value) in settings { try s.set(name, value) }
    context = Context(settings: s)
  }

  /// Runs `command`; returns the output or the Diagnostic it threw.
  func run(
    _ command: String, arguments: [String: Value] = [:], flags: [String: Value] = [:],
    input: Value = .null
  ) -> Result<CommandOutput, Diagnostic> {
    guard let d = commands[command] else {
      return .failure(Diagnostic(.name, id: "test.noCommand", "no command \(command)"))
    }
    let invocation = Invocation(
      command: command, arguments: arguments, argumentSpans: ["who": SourceSpan(9, 14)],
      flags: flags, input: input, span: SourceSpan(0, 20))
    do {
      return .success(try d.run(invocation, context))
    } catch {
      return .failure(error)
    }
  }

  func status(_ name: String) -> PluginStatus? { host.plugins.first { $0.name == name } }
}

extension Result {
  var diagnostic: Failure? { if case .failure(let d) = self { d } else { nil } }
  var output: Success? { if case .success(let o) = self { o } else { nil } }
}
