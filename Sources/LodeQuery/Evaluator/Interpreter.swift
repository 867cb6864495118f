import LodeCore

/// Runs query lines: parses, resolves commands through the registry, evaluates pipelines,
/// keeps `let` variables, and answers completion requests.
///
/// Meta-commands (`:set`, `:load`…) are the shell's; the interpreter never sees them.
public final class Interpreter {
  public var registry: CommandRegistry { didSet { stateVersion += 1 } }
  public let context: Context
  public var variables: [String: Value] = [:] { didSet { stateVersion += 1 } }
  /// Bumped when the registry or the variables change; part of completion's cache key.
  private(set) var stateVersion = 0
  /// Upstream tables and their distinct values, kept between Tab presses.
  let completionCache = CompletionCache()

  public init(registry: CommandRegistry, context: Context) {
    self.registry = registry
    self.context = context
  }

  /// Parses and runs one line. A Ctrl-C (`context.cancel()`) pressed before or while it
  /// runs stops it between rows; clearing the flag is the caller's job (the shell does it
  /// before reading a line), so a Ctrl-C pressed just after Enter is never lost.
  public func execute(_ line: String) -> Execution {
    let trimmed = Interpreter.trimmingWhitespace(line)
    if trimmed.isEmpty || trimmed.hasPrefix("#") { return .empty }
    if trimmed.hasPrefix(":") {
      return .failure([
        Diagnostic(
          .syntax, id: "query.metaCommand",
          "meta-commands such as `\(trimmed.split(separator: " ")[0])` are handled by the shell",
          span: SourceSpan(0, 1))
      ])
    }
    let (tokens, problems) = Lexer.tokenize(line)
    if !problems.isEmpty { return .failure(problems) }
    var parser = Parser(tokens: tokens, registry: registry)
    do throws(Diagnostic) {
      let statement = try parser.parseStatement()
      let output = try runner().run(statement.pipeline)
      switch statement {
      case .pipeline: return .value(output)
      case .assignment(let name, _):
        variables[name] = output.value
        return .assigned(name: name, output)
      }
    } catch {
      return .failure([error])
    }
  }

  /// `line` without leading and trailing Unicode whitespace (newlines included): what
  /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without bridging to NSString
  /// (~0.7M instructions on the first line of a run).
  static func trimmingWhitespace(_ line: String) -> String {
    let scalars = line.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Parses a line without running it (for tools and tests).
  public func parse(_ line: String) throws(Diagnostic) -> Statement {
    try Parser.parse(line, registry: registry)
  }

  /// Every function visible in expressions: the built-ins, then the registry's.
  var functions: [String: FunctionDescriptor] {
    var all: [String: FunctionDescriptor] = [:]
    for f in QueryBuiltins.functions { all[f.name] = f }
    for (name, f) in registry.functions { all[name] = f }
    return all
  }

  func runner() -> PipelineRunner {
    PipelineRunner(
      registry: registry, context: context, variables: variables, functions: functions)
  }
}
