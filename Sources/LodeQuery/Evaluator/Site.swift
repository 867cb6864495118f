import LodeCore

/// Where an operator sits in the line: the whole expression and each operand,
/// so that a type error can point at the operand that is wrong.
struct Site: Sendable {
  var span: SourceSpan
  var left: SourceSpan
  var right: SourceSpan

  func mismatch(_ message: String, hint: String? = nil) -> Diagnostic {
    Diagnostic(.type, id: "query.type.mismatch", message, span: span, hint: hint)
  }

  static func article(_ v: Value) -> String {
    switch v.type {
    case .money: return v.isYearly ? "a yearly amount of money" : "money"
    case .number: return "a number"
    case .percent: return "a percent"
    case .duration: return "a duration"
    case .date: return "a date"
    case .string: return "text"
    case .bool: return "true/false"
    case .list: return "a list"
    case .record: return "a record"
    case .table: return "a table"
    case .null: return "null"
    case .any: return "a value"
    }
  }
}

extension Value {
  var isYearly: Bool { if case .money(let m) = self { m.perYear } else { false } }
}
