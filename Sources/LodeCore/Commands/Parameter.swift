/// One parameter of a command's signature: how it is written, its type, and its completion.
///
/// The query parser reads signatures to know how to parse a stage: `.keyword("at")`
/// ends the previous expression and must appear literally; `.rowExpression` takes the
/// rest of the stage as an expression evaluated per input row (`where speaker ~ "zel"`).
public struct Parameter: Sendable, Hashable {
  public enum Shape: Sendable, Hashable {
    /// A value: one expression, evaluated once before `run` (`500bn`, `50% of 2bn/yr`).
    case value(ValueType)
    /// A bare word or string literal, taken as text (`region Dnipro`, `said Zelensky`).
    case word
    /// A literal keyword that must be present (`at`, `to`, `for`); carries no value.
    case keyword(String)
    /// The rest of the stage, one expression evaluated per input row.
    case rowExpression
    /// One or more comma-separated field names, optionally `desc`/`asc` each (select, sort).
    case fields
    /// One of a fixed set of words (`to json|csv|md`).
    case choice([String])
  }

  public var name: String
  public var shape: Shape
  public var optional: Bool
  public var help: String
  public var completion: CompletionHint
  /// Optional parameters introduced by a keyword (`from DATE`) name it here.
  public var introducedBy: String?

  public init(
    _ name: String, _ shape: Shape, optional: Bool = false, help: String = "",
    completion: CompletionHint = .none, introducedBy: String? = nil
  ) {
    self.name = name
    self.shape = shape
    self.optional = optional
    self.help = help
    self.completion = completion
    self.introducedBy = introducedBy
  }
}

/// A `--flag` (boolean switch) or `--name VALUE` option.
public struct Flag: Sendable, Hashable {
  public var name: String
  public var short: Character?
  /// nil for a boolean switch; otherwise the type of its value.
  public var valueType: ValueType?
  public var help: String
  public var completion: CompletionHint

  public init(
    _ name: String, short: Character? = nil, value: ValueType? = nil, help: String = "",
    completion: CompletionHint = .none
  ) {
    self.name = name
    self.short = short
    self.valueType = value
    self.help = help
    self.completion = completion
  }
}

/// Positional parameters and flags of a command, in the order they are written.
public struct Signature: Sendable, Hashable {
  public var parameters: [Parameter]
  public var flags: [Flag]
  /// What the command accepts from the previous stage (`.null` = must start a pipeline).
  public var input: ValueType
  public var output: ValueType

  public init(
    _ parameters: [Parameter] = [], flags: [Flag] = [], input: ValueType = .any,
    output: ValueType = .any
  ) {
    self.parameters = parameters
    self.flags = flags
    self.input = input
    self.output = output
  }

  /// The words that end an expression argument of this command (`at`, `for`, `from`).
  public var keywords: Set<String> {
    var k = Set<String>()
    for p in parameters {
      if case .keyword(let w) = p.shape { k.insert(w) }
      if let w = p.introducedBy { k.insert(w) }
    }
    return k
  }

  /// One-line usage: `value payback PRINCIPAL at YEARLY [--growth PERCENT]`.
  public func usage(_ name: String) -> String {
    var parts = [name]
    for p in parameters {
      var s: String
      switch p.shape {
      case .keyword(let w): s = w
      case .choice(let options): s = options.joined(separator: "|")
      case .fields: s = "\(p.name.uppercased())[, …]"
      case .rowExpression: s = p.name.uppercased() + "…"
      default: s = p.name.uppercased()
      }
      if let k = p.introducedBy { s = "\(k) \(s)" }
      parts.append(p.optional ? "[\(s)]" : s)
    }
    for f in flags {
      parts.append(f.valueType.map { "[--\(f.name) \($0.rawValue.uppercased())]" } ?? "[--\(f.name)]")
    }
    return parts.joined(separator: " ")
  }
}
