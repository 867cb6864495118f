/// The columns of a table: names, types, and which ones the table view hides.
///
/// Hidden columns (provenance such as `start`, `end`) still flow through pipelines,
/// can be selected by name, and always appear in `--format json`.
public struct Schema: Hashable, Sendable {
  public struct Column: Hashable, Sendable {
    public var name: String
    public var type: ValueType
    public var hidden: Bool
    public init(_ name: String, _ type: ValueType = .any, hidden: Bool = false) {
      self.name = name
      self.type = type
      self.hidden = hidden
    }
  }

  public var columns: [Column]

  public init(_ columns: [Column]) { self.columns = columns }

  /// A schema of visible columns of unknown type.
  public init(names: [String]) { self.columns = names.map { Column($0) } }

  public var names: [String] { columns.map(\.name) }
  public var count: Int { columns.count }
  public func index(of name: String) -> Int? { columns.firstIndex { $0.name == name } }
}
