/// Resolves a name to the entity it denotes (a person, organisation or region), so that
/// string `=`, `!=` and `in` in the query language also match aliases
/// (`speaker = "Zelenskyy"` finds Volodymyr Zelensky's quotes).
///
/// LodeCore knows no entity types: LodeModel publishes an implementation built from the
/// loaded corpus as `context.nameAliases`.
public protocol NameAliases: Sendable {
  /// The canonical id of the one entity `name` denotes (by any case, diacritics or
  /// spelling the reference data lists); nil when it denotes none, or more than one.
  func canonical(_ name: String) -> String?
}

extension NameAliases {
  /// True when both names resolve to the same entity.
  public func same(_ a: String, _ b: String) -> Bool {
    guard let x = canonical(a) else { return false }
    return canonical(b) == x
  }
}

extension Context {
  /// The alias resolver string equality consults; nil when none is published.
  public var nameAliases: (any NameAliases)? {
    get { service("names.aliases", as: (any NameAliases).self) }
    set {
      if let newValue { setService("names.aliases", newValue) } else { removeService("names.aliases") }
    }
  }
}
