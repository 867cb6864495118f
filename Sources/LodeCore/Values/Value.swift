import Foundation

/// Every value that flows through a lode pipeline.
///
/// Numbers and money are exact decimals; percent stores the fraction (`50%` is 0.5);
/// tables carry their schema so completion and rendering know the fields.
///
/// Money (41 bytes), durations (29) and dates (50) are boxed (`indirect`) so a value is 24 bytes, not 56:
/// a million-row table is half the memory and its scans touch half the cache lines.
/// Pattern matching and construction are unchanged.
public enum Value: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Decimal)
  indirect case money(Money)
  case percent(Decimal)
  indirect case duration(Duration)
  indirect case date(DateValue)
  case string(String)
  case list([Value])
  case record(Record)
  case table(Table)

  /// The value's type, as named in signatures, schemas and error messages.
  public var type: ValueType {
    switch self {
    case .null: .null
    case .bool: .bool
    case .number: .number
    case .money: .money
    case .percent: .percent
    case .duration: .duration
    case .date: .date
    case .string: .string
    case .list: .list
    case .record: .record
    case .table: .table
    }
  }

  public var isNull: Bool { if case .null = self { true } else { false } }

  public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
  public var tableValue: Table? { if case .table(let t) = self { t } else { nil } }
  public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }

  /// The exact numeric magnitude of numbers, money, percents (as fractions) and durations.
  public var decimalValue: Decimal? {
    switch self {
    case .number(let d), .percent(let d): d
    case .money(let m): m.amount
    case .duration(let d): d.years
    default: nil
    }
  }

  /// Convenience for integer literals in code and tests.
  public static func int(_ i: Int) -> Value { .number(Decimal(i)) }
}

/// The types a value can have; also used in signatures (`any` accepts everything).
public enum ValueType: String, Hashable, Sendable, Codable, CaseIterable {
  case any, null, bool, number, money, percent, duration, date, string, list, record, table
}
