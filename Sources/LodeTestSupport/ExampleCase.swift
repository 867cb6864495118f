import LodeCore
import LodeQuery
import LodeSession
import LodeShell

/// One worked example from a command's declaration, runnable as a test: the input goes
/// through a fresh shell (table format, no colour, width 100) and must print `output`.
public struct ExampleCase: Sendable, CustomStringConvertible {
  public var command: String
  public var example: Example

  public init(command: String, example: Example) {
    self.command = command
    self.example = example
  }

  /// Every example of every command in `registry`, in registration order.
  public static func all(
    in registry: CommandRegistry, withOutputOnly: Bool = false
  )
    -> [ExampleCase]
  {
    registry.commands.flatMap { d in
      d.examples.filter { !withOutputOnly || $0.output != nil }.map {
        ExampleCase(command: d.name, example: $0)
      }
    }
  }

  /// The examples of the standard registry (query built-ins, modules, `help`).
  public static var standard: [ExampleCase] {
    all(in: ShellRegistry.build().0)
  }

  /// The examples of every expression function of the standard registry, by module
  /// (registration order of the modules) and then by function name.
  public static var standardFunctions: [ExampleCase] {
    ShellRegistry.standardFunctions.flatMap { list in
      list.sorted { $0.name < $1.name }.flatMap { f in
        f.examples.map { ExampleCase(command: f.name, example: $0) }
      }
    }
  }

  /// The shell every example runs in.
  public static func freshShell() -> Shell {
    Shell(options: ShellOptions(format: .table, color: false, width: 100))
  }

  /// Runs the example; `actual` has its final newline removed, as `output` is written.
  public func run(in shell: Shell = ExampleCase.freshShell()) -> (actual: String, failed: Bool) {
    let outcome = shell.run(example.input)
    var text = outcome.output
    if text.hasSuffix("\n") { text.removeLast() }
    return (text, outcome.failed)
  }

  /// For an example without an output (it needs a rate or a plugin): the problems that
  /// make it wrong whatever the session, i.e. it does not parse, or running it fails with a
  /// syntax, type or name error. Empty when it is a well-formed line.
  public func staticProblems(in shell: Shell = ExampleCase.freshShell()) -> [String] {
    let input = example.input
    // `help …` and meta-commands are the shell's, not the query language's.
    if input.hasPrefix(":") || input == "help" || input.hasPrefix("help ") { return [] }
    do throws(Diagnostic) {
      _ = try Parser.parse(input, registry: shell.interpreter.registry)
    } catch {
      return ["does not parse: \(error.id)"]
    }
    guard case .failure(let ds) = shell.interpreter.execute(input) else { return [] }
    return ds.filter { [.syntax, .type, .name].contains($0.kind) }.map { "\($0.kind): \($0.id)" }
  }

  public var description: String { "\(command): \(example.input)" }
}
