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
  /// What is shown when the command ends the line; what flows on is always the value.
  public var display: Display
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
    outputSchema: Schema? = nil, display: Display = .value, pure: Bool = true,
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
    self.display = display
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

/// What a command shows when it ends the line, declared apart from what flows on.
public enum Display: Sendable, Hashable {
  /// The value itself.
  case value
  /// Worked steps, a table with these columns (`value pv`: step, formula, value), shown in
  /// place of the value (money, a duration) that flows on.
  case steps(Schema)
  /// A card: the record's fields one per line, empty ones left out, long values wrapped
  /// and list items one per line (`why`, `region`); the whole record flows on.
  case card
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

  /// A record shown as a card (`Display.card`): null fields left out, an empty list shown
  /// as `none`; the whole record flows on.
  public static func card(_ record: Record, notes: [String] = []) -> CommandOutput {
    var shown = Record()
    for (field, value) in zip(record.fields, record.values) {
      switch value {
      case .null: continue
      case .list(let items) where items.isEmpty: shown.set(field, .string("none"))
      default: shown.set(field, value)
      }
    }
    return CommandOutput(.record(record), display: .record(shown), notes: notes)
  }
}
