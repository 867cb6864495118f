import Foundation
import LodeCore

/// A lode `Value` as typed protocol JSON, so money, percents, dates and tables round-trip exactly.
///
/// Every value is an object with a `type`; exact decimals travel as strings:
/// ```
/// {"type":"money","amount":"500000000000","currency":"USD"}
/// {"type":"table","columns":[{"name":"x","type":"number","hidden":false}],"rows":[[{"type":"number","value":"1.5"}]]}
/// ```
/// For plugins written by hand, bare JSON scalars and arrays are accepted too
/// (`"text"`, `true`, `null`, `[…]`, `1.5` — a bare number goes through a double).
public struct WireValue: Codable, Hashable, Sendable {
  public var value: Value

  public init(_ value: Value) { self.value = value }

  enum Key: String, CodingKey {
    case type, value, amount, currency, perYear, years, iso, precision, items, fields, values
    case columns, rows
  }

  /// One column of a table's schema on the wire.
  struct Column: Codable {
    var name: String
    var type: ValueType?
    var hidden: Bool?
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    try c.encode(value.type.rawValue, forKey: .type)
    switch value {
    case .null: break
    case .bool(let b): try c.encode(b, forKey: .value)
    case .number(let d), .percent(let d): try c.encode(ExactDecimal.text(d), forKey: .value)
    case .money(let m):
      try c.encode(ExactDecimal.text(m.amount), forKey: .amount)
      try c.encode(m.currency, forKey: .currency)
      if m.perYear { try c.encode(true, forKey: .perYear) }
    case .duration(let d): try c.encode(ExactDecimal.text(d.years), forKey: .years)
    case .date(let d):
      try c.encode(d.iso, forKey: .iso)
      try c.encode(d.precision.rawValue, forKey: .precision)
    case .string(let s): try c.encode(s, forKey: .value)
    case .list(let items): try c.encode(items.map(WireValue.init), forKey: .items)
    case .record(let r):
      try c.encode(r.fields, forKey: .fields)
      try c.encode(r.values.map(WireValue.init), forKey: .values)
    case .table(let t):
      try c.encode(
        t.schema.columns.map { Column(name: $0.name, type: $0.type, hidden: $0.hidden) },
        forKey: .columns)
      try c.encode(t.rows.map { $0.map(WireValue.init) }, forKey: .rows)
    }
  }

  public init(from decoder: any Decoder) throws {
    guard let c = try? decoder.container(keyedBy: Key.self) else {
      value = try WireValue.bare(decoder)
      return
    }
    let typeName = try c.decode(String.self, forKey: .type)
    guard let type = ValueType(rawValue: typeName), type != .any else {
      throw WireValue.corrupt(c, .type, "unknown value type `\(typeName)`")
    }
    func exact(_ key: Key) throws -> Decimal {
      let text = try c.decode(String.self, forKey: key)
      guard let d = ExactDecimal.parse(text) else {
        throw WireValue.corrupt(c, key, "`\(text)` is not an exact decimal string")
      }
      return d
    }
    switch type {
    case .any, .null: value = .null
    case .bool: value = .bool(try c.decode(Bool.self, forKey: .value))
    case .number: value = .number(try exact(.value))
    case .percent: value = .percent(try exact(.value))
    case .money:
      let currency = try c.decode(String.self, forKey: .currency)
      let perYear = try c.decodeIfPresent(Bool.self, forKey: .perYear) ?? false
      value = .money(Money(try exact(.amount), currency, perYear: perYear))
    case .duration: value = .duration(Duration(years: try exact(.years)))
    case .date:
      let iso = try c.decode(String.self, forKey: .iso)
      guard var d = DateValue.parse(iso) else {
        throw WireValue.corrupt(
          c, .iso,
          "`\(iso)` is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) or TimeML value (1990-Q3, 2012-SU, FY1990, 199, PRESENT_REF)"
        )
      }
      if try c.decodeIfPresent(String.self, forKey: .precision) == "approx" { d = d.approximate() }
      value = .date(d)
    case .string: value = .string(try c.decode(String.self, forKey: .value))
    case .list: value = .list(try c.decode([WireValue].self, forKey: .items).map(\.value))
    case .record:
      let fields = try c.decode([String].self, forKey: .fields)
      let values = try c.decode([WireValue].self, forKey: .values).map(\.value)
      guard fields.count == values.count else {
        throw WireValue.corrupt(c, .values, "a record needs as many values as fields")
      }
      value = .record(Record(fields: fields, values: values))
    case .table:
      let columns = try c.decode([Column].self, forKey: .columns)
      let rows = try c.decode([[WireValue]].self, forKey: .rows)
      for (i, row) in rows.enumerated() where row.count != columns.count {
        throw WireValue.corrupt(
          c, .rows, "table row \(i) has \(row.count) cells for \(columns.count) columns")
      }
      let schema = Schema(
        columns.map { Schema.Column($0.name, $0.type ?? .any, hidden: $0.hidden ?? false) })
      value = .table(Table(schema: schema, rows: rows.map { $0.map(\.value) }))
    }
  }

  private static func bare(_ decoder: any Decoder) throws -> Value {
    let s = try decoder.singleValueContainer()
    if s.decodeNil() { return .null }
    if let b = try? s.decode(Bool.self) { return .bool(b) }
    if let text = try? s.decode(String.self) { return .string(text) }
    if let d = try? s.decode(Double.self) {
      // Outside Decimal's range (1e300, 1e-300) `Decimal(d)` is NaN; it must not enter lode.
      guard let exact = ExactDecimal.parse(String(d)) else {
        throw DecodingError.dataCorruptedError(
          in: s, debugDescription: "the number \(d) is outside the exact decimal range")
      }
      return .number(exact)
    }
    if let items = try? s.decode([WireValue].self) { return .list(items.map(\.value)) }
    throw DecodingError.dataCorruptedError(
      in: s,
      debugDescription: "a value must be an object with a \"type\", or a JSON scalar or array")
  }

  private static func corrupt(
    _ c: KeyedDecodingContainer<Key>, _ key: Key, _ message: String
  )
    -> DecodingError
  {
    DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: message)
  }
}
