import Foundation

/// The shell's settings (`:set NAME VALUE`), validated by name, printed in a stable order.
///
/// Which names exist is not known here: each module declares the settings it reads
/// (`LodeModule.settings`) and the shell builds its `Settings` from all of them. A family
/// (`fx.` then a currency code, declared by the query layer) checks its own names.
public struct Settings: Sendable, Hashable {
  /// A known setting: its name, what values it takes, its default, and a line of help.
  /// Specs are equal when their names are (a name is declared once).
  public struct Spec: Sendable, Hashable {
    /// Checks a family member's key and value; returns the name and value to store.
    public typealias Check =
      @Sendable (_ key: String, _ raw: String) throws(Diagnostic) -> (
        name: String, value: String
      )

    public var name: String
    public var type: ValueType
    public var defaultValue: String
    public var help: String
    public var choices: [String]
    /// For numbers: the values that mean something, checked when the setting is set.
    public var domain: NumberDomain?
    /// For a family: `name` is its prefix (`fx.`), this checks the rest; nil for one setting.
    public var family: Check?
    /// Members of a family that completion offers (`fx.EUR`); empty for one setting.
    public var examples: [String] = []

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

    /// A family of settings named `prefix` + key, without a default (`fx.EUR 1.08`).
    public static func family(
      _ prefix: String, _ type: ValueType, _ help: String, examples: [String], check: @escaping Check
    ) -> Spec {
      var spec = Spec(prefix, type, "", help)
      spec.family = check
      spec.examples = examples
      return spec
    }

    public static func == (a: Spec, b: Spec) -> Bool { a.name == b.name }
    public func hash(into h: inout Hasher) { h.combine(name) }

    /// The names completion offers: the setting's own, or the family's examples.
    public var completionNames: [String] { family == nil ? [name] : examples }
  }

  /// A number setting's real domain: `min...max`, whole numbers only when `whole`, and 0
  /// besides when `zeroMeans` says what 0 stands for.
  public struct NumberDomain: Sendable, Hashable {
    public var min: Decimal
    public var max: Decimal
    public var whole: Bool
    public var zeroMeans: String?

    public init(min: Decimal, max: Decimal, whole: Bool, zeroMeans: String? = nil) {
      self.min = min
      self.max = max
      self.whole = whole
      self.zeroMeans = zeroMeans
    }

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

  /// The settings this value knows, in declaration order.
  public let specs: [Spec]
  private var values: [String: String] = [:]

  /// Settings that know `specs` (the shell passes every module's), all at their defaults.
  public init(specs: [Spec] = []) {
    self.specs = specs
  }

  /// The single setting declared as `name` (not a family).
  public func spec(_ name: String) -> Spec? {
    specs.first { $0.family == nil && $0.name == name }
  }

  /// Every name completion offers for `:set`, in declaration order.
  public var completionNames: [String] { specs.flatMap(\.completionNames) }

  /// The value of a setting as text, falling back to its default.
  public func text(_ name: String) -> String? {
    values[name] ?? spec(name)?.defaultValue
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
    if let family = specs.first(where: { $0.family != nil && name.hasPrefix($0.name) }),
      let check = family.family
    {
      let (stored, value) = try check(String(name.dropFirst(family.name.count)), raw)
      values[stored] = value
      return
    }
    guard let spec = spec(name) else {
      throw Diagnostic(
        .name, id: "settings.unknown", "no setting named `\(name)`",
        suggestions: Suggest.closest(
          to: name, in: specs.flatMap { $0.family == nil ? [$0.name] : $0.examples.prefix(1) }))
    }
    switch spec.type {
    case .bool:
      guard ["true", "false", "on", "off"].contains(raw) else {
        throw Diagnostic(.argument, id: "settings.badValue", "`\(name)` takes true or false")
      }
      values[name] = (raw == "true" || raw == "on") ? "true" : "false"
    case .number:
      let domain =
        spec.domain ?? NumberDomain(min: 0, max: Decimal(sign: .plus, exponent: 127, significand: 1), whole: false)
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
    var names = Set(specs.filter { $0.family == nil }.map(\.name))
    names.formUnion(values.keys)
    return names.sorted().map { ($0, text($0) ?? "") }
  }

  /// Only settings changed from their defaults, sorted: what a saved script records.
  public var changed: [(name: String, value: String)] {
    values.keys.sorted().compactMap { k in
      let d = spec(k)?.defaultValue
      return values[k] == d ? nil : (k, values[k] ?? "")
    }
  }
}
