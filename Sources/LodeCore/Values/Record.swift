/// An ordered set of named fields: one row shown vertically, or a JSON object.
public struct Record: Hashable, Sendable {
  public var fields: [String]
  public var values: [Value]

  public init(fields: [String] = [], values: [Value] = []) {
    self.fields = fields
    self.values = values
  }

  public init(_ pairs: KeyValuePairs<String, Value>) {
    self.fields = pairs.map(\.key)
    self.values = pairs.map(\.value)
  }

  public subscript(_ name: String) -> Value? {
    guard let i = fields.firstIndex(of: name) else { return nil }
    return values[i]
  }

  public mutating func set(_ name: String, _ value: Value) {
    if let i = fields.firstIndex(of: name) {
      values[i] = value
    } else {
      fields.append(name)
      values.append(value)
    }
  }
}
