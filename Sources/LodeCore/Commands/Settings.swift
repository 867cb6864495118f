import Foundation

/// The shell's settings (`:set NAME VALUE`), validated by name, printed in a stable order.
///
/// Known names have a type and a default; `fx.CUR` names are exchange rates
/// (units of USD per one CUR) used when money of two currencies meets.
public struct Settings: Sendable, Hashable {
  /// A known setting: its name, what values it takes, its default, and a line of help.
  public struct Spec: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    public var defaultValue: String
    public var help: String
    public var choices: [String]
    /// For numbers: the values that mean something, checked when the setting is set.
    public var domain: NumberDomain?
    public init(
      _ name: String, _ type: ValueType, _ defaultValue: String, _ help: String,
      choices: [String] = [], domain: NumberDomain? = nil
    ) {
      self.name = name
      self.type = type
      self.defaultValue = defaultValue
      self.help = help
      self.choices = choices
      self.domain = domain
    }
  }

  /// A number setting's real domain: `min...max`, whole numbers only when `whole`, and 0
  /// besides when `zeroMeans` says what 0 stands for.
  public struct NumberDomain: Sendable, Hashable {
    public var min: Decimal
    public var max: Decimal
    public var whole: Bool
    public var zeroMeans: String?

    public func contains(_ d: Decimal) -> Bool {
      if d == 0, zeroMeans != nil { return true }
      return d >= min && d <= max && (!whole || d == d.rounded0)
    }

    /// "a whole number from 1 to 100000", "a number from 0.001 to 3600 (or 0 for …)".
    public var phrase: String {
      (whole ? "a whole number" : "a number") + " from \(Value.plain(min)) to \(Value.plain(max))"
        + (zeroMeans.map { " (or 0 for \($0))" } ?? "")
    }
  }

  public static let specs: [Spec] = [
    Spec("format", .string, "table", "output format", choices: ["table", "json", "jsonl", "csv", "md"]),
    Spec("money.compact", .bool, "false", "print money as $500bn instead of $500,000,000,000"),
    Spec(
      "generation.years", .number, "25", "years in one generation (value generations)",
      domain: NumberDomain(min: 1, max: 1000, whole: false)),
    Spec(
      "plugin.timeout", .number, "10", "seconds a plugin call may take",
      domain: NumberDomain(min: Decimal(sign: .plus, exponent: -3, significand: 1), max: 86400, whole: false)),
    Spec(
      "plugin.max_message", .number, "16777216", "largest plugin message in bytes",
      domain: NumberDomain(min: 1024, max: 1_073_741_824, whole: true)),
    Spec(
      "journal.keep", .number, "50", "how many session journals to keep",
      domain: NumberDomain(min: 1, max: 100_000, whole: true)),
    Spec(
      "width", .number, "0", "table width in columns (0 = the terminal's)",
      domain: NumberDomain(min: 20, max: 10_000, whole: true, zeroMeans: "the terminal's width")),
    Spec(
      "load.max_file_mb", .number, "100", "largest document file :load and --seeds read, in MB (at most 1023)",
      domain: NumberDomain(min: 1, max: 1023, whole: false)),
  ]

  private var values: [String: String] = [:]

  public init() {}

  /// The value of a setting as text, falling back to its default.
  public func text(_ name: String) -> String? {
    values[name] ?? Settings.specs.first { $0.name == name }?.defaultValue
  }

  public func bool(_ name: String) -> Bool { text(name) == "true" }

  public func decimal(_ name: String) -> Decimal? {
    text(name).flatMap { try? CheckedDecimal.parse($0) }
  }

  /// The USD value of one unit of `currency`, if a rate was set (`fx.EUR 1.08`).
  public func rate(_ currency: String) -> Decimal? {
    currency == "USD" ? 1 : decimal("fx.\(currency.uppercased())")
  }

  /// Sets a value after checking name and type; the error says what is accepted.
  public mutating func set(_ name: String, _ raw: String) throws(Diagnostic) {
    if name.hasPrefix("fx.") {
      let code = String(name.dropFirst(3))
      guard code.count == 3, code.allSatisfy({ $0.isLetter && $0.isASCII }) else {
        throw Diagnostic(
          .argument, id: "settings.fx.badCurrency",
          "`\(code)` is not an ISO 4217 currency code", hint: "e.g. :set fx.EUR 1.08")
      }
      guard let d = try? CheckedDecimal.parse(raw), d > 0 else {
        throw Diagnostic(
          .argument, id: "settings.fx.badRate", "a rate must be a positive number, got `\(raw)`",
          hint: "fx.\(code.uppercased()) is how many USD one \(code.uppercased()) buys")
      }
      values["fx.\(code.uppercased())"] = Value.plain(d)
      return
    }
    guard let spec = Settings.specs.first(where: { $0.name == name }) else {
      throw Diagnostic(
        .name, id: "settings.unknown", "no setting named `\(name)`",
        suggestions: Suggest.closest(to: name, in: Settings.specs.map(\.name) + ["fx.EUR"]))
    }
    switch spec.type {
    case .bool:
      guard ["true", "false", "on", "off"].contains(raw) else {
        throw Diagnostic(.argument, id: "settings.badValue", "`\(name)` takes true or false")
      }
      values[name] = (raw == "true" || raw == "on") ? "true" : "false"
    case .number:
      let domain = spec.domain ?? NumberDomain(min: 0, max: Decimal(sign: .plus, exponent: 127, significand: 1), whole: false)
      guard let d = try? CheckedDecimal.parse(raw), domain.contains(d) else {
        throw Diagnostic(
          .argument, id: "settings.badValue", "`\(name)` takes \(domain.phrase), got `\(raw)`")
      }
      values[name] = Value.plain(d)
    default:
      guard spec.choices.isEmpty || spec.choices.contains(raw) else {
        throw Diagnostic(
          .argument, id: "settings.badValue",
          "`\(name)` takes one of \(spec.choices.joined(separator: ", "))")
      }
      values[name] = raw
    }
  }

  /// Every setting in effect (known ones and any fx rates), sorted by name.
  public var all: [(name: String, value: String)] {
    var names = Set(Settings.specs.map(\.name))
    names.formUnion(values.keys)
    return names.sorted().map { ($0, text($0) ?? "") }
  }

  /// Only settings changed from their defaults, sorted: what a saved script records.
  public var changed: [(name: String, value: String)] {
    values.keys.sorted().compactMap { k in
      let d = Settings.specs.first { $0.name == k }?.defaultValue
      return values[k] == d ? nil : (k, values[k] ?? "")
    }
  }
}
