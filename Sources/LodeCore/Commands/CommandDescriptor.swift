/// A command, declared once: name, summary, signature, examples, completion and `run`.
///
/// Help text, argument checking, completion, `docs/commands.md` and the example tests
/// are all generated from this value, so a command cannot drift from its docs.
/// Names may have two words (`value payback`, `timeline add`); the registry resolves
/// the longest match.
public struct CommandDescriptor: Sendable {
  public typealias Run = @Sendable (Invocation, Context) throws(Diagnostic) -> CommandOutput
  /// Builds only the named columns of the output table, column by column: one array per
  /// name, in that order, holding the values `run` would give in that column, row by row;
  /// nil when it cannot (a name not in the table).
  public typealias Columns = @Sendable (Invocation, Context, [String]) throws(Diagnostic) -> [[Value]]?

  public var name: String
  public var module: String
  public var summary: String
  public var discussion: String
  public var aliases: [String]
  public var signature: Signature
  public var examples: [Example]
  /// Static output schema, when known without running (source tables): lets completion
  /// offer fields after `quotes | where `.
  public var outputSchema: Schema?
  /// The columns of what is shown instead of the value when the command ends the line
  /// (`value pv` shows worked steps: step, formula, value); it never flows on.
  public var displaySchema: Schema?
  /// True when the output is the input table with `outputSchema`'s columns appended
  /// (a plugin's `"output": "input"`), so completion knows the fields after it.
  public var extendsInput = false
  /// True when running has no side effects, so completion may evaluate it for values.
  public var pure: Bool
  public var run: Run
  /// Optional: the output's named columns without building the others, so completion can
  /// list a field's values (`quotes | where speaker = "`) without the whole table.
  public var columns: Columns?

  public init(
    name: String, module: String, summary: String, discussion: String = "",
    aliases: [String] = [], signature: Signature = Signature(), examples: [Example] = [],
    outputSchema: Schema? = nil, displaySchema: Schema? = nil, pure: Bool = true,
    run: @escaping Run
  ) {
    self.name = name
    self.module = module
    self.summary = summary
    self.discussion = discussion
    self.aliases = aliases
    self.signature = signature
    self.examples = examples
    self.outputSchema = outputSchema
    self.displaySchema = displaySchema
    self.pure = pure
    self.run = run
  }

  public var usage: String { signature.usage(name) }

  /// This descriptor with a column builder (`columns`).
  public func building(columns: @escaping Columns) -> CommandDescriptor {
    var d = self
    d.columns = columns
    return d
  }
}

/// A worked example: the input line and the exact text it prints (table format,
/// no colour, width 100). Every example with an `output` runs as a test.
public struct Example: Sendable, Hashable {
  public var summary: String
  public var input: String
  public var output: String?

  public init(_ summary: String, _ input: String, output: String? = nil) {
    self.summary = summary
    self.input = input
    self.output = output
  }
}

/// What `run` returns: the value that flows on, and optionally what to show instead
/// when this is the last stage (`value payback` shows its worked steps but yields the
/// number of years), plus notes printed under the output.
public struct CommandOutput: Sendable {
  public var value: Value
  public var display: Value?
  public var notes: [String]
  /// The value is data text (`to json|csv|md`) the shell prints byte for byte, without
  /// making its control characters visible as it does for text meant for a person.
  public var isData: Bool

  public init(_ value: Value, display: Value? = nil, notes: [String] = [], isData: Bool = false) {
    self.value = value
    self.display = display
    self.notes = notes
    self.isData = isData
  }
}
