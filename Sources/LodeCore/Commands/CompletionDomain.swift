/// The values Tab offers for a `.domain(name)` hint, declared by the module that knows them.
///
/// `entities` gives each value with every name it answers to, preferred first
/// (`["Zaporizhzhia", "Zaporizhzhia Oblast", "UA-23", "Запоріжжя", …]`): Tab offers each
/// entity once, by the first of its names that matches. `values` are the names offered
/// inside a string literal (`said "Zel`); by default each entity's first name, sorted.
public struct CompletionDomain: Sendable {
  public var name: String
  public var values: @Sendable (Context) -> [String]
  public var entities: @Sendable (Context) -> [[String]]

  /// A domain of plain values, each an entity of its own.
  public init(_ name: String, values: @escaping @Sendable (Context) -> [String]) {
    self.name = name
    self.values = values
    self.entities = { values($0).map { [$0] } }
  }

  /// A domain of entities with several names; the values are their first names, sorted.
  public init(_ name: String, entities: @escaping @Sendable (Context) -> [[String]]) {
    self.name = name
    self.entities = entities
    self.values = { Array(Set(entities($0).compactMap(\.first))).sorted() }
  }

  /// A domain whose literal values are not its entities' first names (regions: codes too).
  public init(
    _ name: String, values: @escaping @Sendable (Context) -> [String],
    entities: @escaping @Sendable (Context) -> [[String]]
  ) {
    self.name = name
    self.values = values
    self.entities = entities
  }
}
