import LodeCore
import LodeQuery

/// A `where` condition as an SQL predicate that is never NULL, so `not` and `or` keep
/// lode's two-valued logic: a comparison with a null is false (`null = null` is true).
///
/// Text equality is lode's: case-insensitive (accent-insensitive too in DuckDB) and by
/// entity, as an explicit `IN` list of the entity's spellings; `~` is folded containment
/// (`instr`); numbers compare as exact decimals. What has no faithful SQL form (money
/// against money, which lode converts with fx rates; ordering of dates and text against
/// text; arithmetic; functions; variables) is an error naming it.
struct SQLExpression {
  let dialect: SQLDialect
  let columns: [SQLColumn]
  let table: String
  let names: SQLNames

  func predicate(_ e: Expr) throws(Diagnostic) -> String {
    switch e.node {
    case .binary(.and, let a, let b): return "(\(try predicate(a)) AND \(try predicate(b)))"
    case .binary(.or, let a, let b): return "(\(try predicate(a)) OR \(try predicate(b)))"
    case .unary(.not, let a): return "(NOT \(try predicate(a)))"
    case .literal(.bool(let b)): return b ? "(1 = 1)" : "(1 = 0)"
    case .field:
      let c = try column(e)
      guard c.type == .bool else {
        throw SQLDiagnostics.unsupported("`\(c.name)` alone as a condition (a \(c.type.rawValue))", e.span)
      }
      return "COALESCE(\(ref(c)) = \(dialect.bool(true)), FALSE)"
    case .binary(.in, let a, let b):
      guard case .list(let items) = b.node else {
        throw SQLDiagnostics.unsupported("`in` without a list of values", b.span)
      }
      if items.isEmpty { return "(1 = 0)" }
      return "(" + (try items.map { (item) throws(Diagnostic) in try comparison(.equal, a, item, e.span) })
        .joined(separator: " OR ") + ")"
    case .binary(let op, let a, let b) where op.isComparison:
      return try comparison(op, a, b, e.span)
    case .binary(let op, _, _):
      throw SQLDiagnostics.unsupported("the operator `\(op.rawValue)` in a condition", e.span)
    case .call(let name, _): throw SQLDiagnostics.unsupported("the function `\(name)`", e.span)
    case .variable(let name): throw SQLDiagnostics.unsupported("the variable `$\(name)`", e.span)
    default: throw SQLDiagnostics.unsupported("this condition", e.span)
    }
  }

  /// `field OP literal` (either way round) or `field OP field`.
  func comparison(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ span: SourceSpan) throws(Diagnostic) -> String {
    if case .field = a.node, let v = literal(b) { return try compare(op, try column(a), v, b.span) }
    if case .field = b.node, let v = literal(a), op != .contains { return try compare(op.flipped, try column(b), v, a.span) }
    if case .field = a.node, case .field = b.node {
      let (x, y) = (try column(a), try column(b))
      guard x.type == y.type, x.type == .number || x.type == .percent || x.type == .bool, !x.money, !y.money,
        op != .contains
      else {
        throw SQLDiagnostics.unsupported(
          "comparing `\(x.name)` with `\(y.name)` by `\(op.rawValue)`", span,
          hint: "compare two number fields, or a field with a literal")
      }
      switch op {
      case .equal: return "(\(ref(x)) = \(ref(y)) OR (\(ref(x)) IS NULL AND \(ref(y)) IS NULL))"
      case .notEqual: return "(NOT (\(ref(x)) = \(ref(y)) OR (\(ref(x)) IS NULL AND \(ref(y)) IS NULL)))"
      default: return "COALESCE(\(ref(x)) \(op.rawValue) \(ref(y)), FALSE)"
      }
    }
    for operand in [a, b] { try plain(operand) }
    throw SQLDiagnostics.unsupported(
      "this comparison", span, hint: "compare a field with a literal (`speaker = \"Trump\"`, `confidence > 0.8`)")
  }

  /// Throws the error naming what an operand is when it is not a field or a literal.
  private func plain(_ e: Expr) throws(Diagnostic) {
    switch e.node {
    case .call(let name, _): throw SQLDiagnostics.unsupported("the function `\(name)`", e.span)
    case .variable(let name): throw SQLDiagnostics.unsupported("the variable `$\(name)`", e.span)
    case .binary(let op, _, _): throw SQLDiagnostics.unsupported("the operator `\(op.rawValue)` in a comparison", e.span)
    case .list: throw SQLDiagnostics.unsupported("a list outside `in`", e.span)
    default: return
    }
  }

  private func compare(_ op: BinaryOperator, _ c: SQLColumn, _ v: Value, _ span: SourceSpan) throws(Diagnostic) -> String {
    let f = ref(c)
    if case .null = v {
      switch op {
      case .equal: return "(\(f) IS NULL)"
      case .notEqual: return "(\(f) IS NOT NULL)"
      default: return "(1 = 0)"
      }
    }
    if op == .contains {
      guard c.type == .string, case .string(let s) = v else {
        throw SQLDiagnostics.unsupported("`~` on `\(c.name)` (a \(c.type.rawValue))", span, hint: "`~` matches text fields")
      }
      return "COALESCE(instr(\(dialect.folded(f)), \(dialect.string(dialect.folded(literal: s)))) > 0, FALSE)"
    }
    let sqlOp = op == .notEqual ? "=" : op.rawValue
    let test: String
    switch v {
    case .string(let s) where c.type == .string:
      guard op == .equal || op == .notEqual else {
        throw SQLDiagnostics.unsupported(
          "`\(op.rawValue)` between text", span, hint: "lode orders text by its folded form; use = or ~")
      }
      var seen: Set<String> = []
      let forms = names.spellings(of: s).map { dialect.folded(literal: $0) }.filter { seen.insert($0).inserted }
      test = "\(dialect.folded(f)) IN (\(forms.map(dialect.string).joined(separator: ", ")))"
    case .string(let s) where c.type == .date:
      guard op == .equal || op == .notEqual else {
        throw SQLDiagnostics.unsupported(
          "`\(op.rawValue)` between dates", span, hint: "compare a date with =, or sort by it")
      }
      test = "\(f) = \(dialect.string(s))"
    case .number(let d) where c.type == .number || c.type == .percent || c.type == .any:
      let currency = c.money ? " AND \(ref(c.name + "_currency")) IS NULL" : ""
      test = "\(f) \(sqlOp) \(Value.plain(d))\(currency)"
    case .percent(let d) where c.type == .number || c.type == .percent || c.type == .any:
      let currency = c.money ? " AND \(ref(c.name + "_currency")) IS NULL" : ""
      test = "\(f) \(sqlOp) \(Value.plain(d))\(currency)"
    case .bool(let b) where c.type == .bool && (op == .equal || op == .notEqual):
      test = "\(f) = \(dialect.bool(b))"
    case .money:
      throw SQLDiagnostics.unsupported(
        "comparing money", span, hint: "lode converts currencies with fx rates; filter on `currency` and compare a number")
    default:
      throw SQLDiagnostics.unsupported("comparing `\(c.name)` (a \(c.type.rawValue)) with \(v.type.rawValue)", span)
    }
    return "(\(op == .notEqual ? "NOT " : "")COALESCE(\(test), FALSE))"
  }

  /// A literal operand: a value, or a negated number.
  func literal(_ e: Expr) -> Value? {
    switch e.node {
    case .literal(let v): return v
    case .unary(.negate, let x):
      if case .literal(.number(let d)) = x.node { return .number(-d) }
      return nil
    default: return nil
    }
  }

  func column(_ e: Expr) throws(Diagnostic) -> SQLColumn {
    guard case .field(let name) = e.node else { throw SQLDiagnostics.unsupported("this operand", e.span) }
    guard let c = columns.first(where: { $0.name == name }) else {
      throw SQLDiagnostics.unknownField(name, e.span, in: columns)
    }
    return c
  }

  func ref(_ c: SQLColumn) -> String { ref(c.name) }
  func ref(_ name: String) -> String { "\(table).\(dialect.identifier(name))" }
}

extension BinaryOperator {
  /// The operator with its operands swapped (`3 < n` is `n > 3`).
  var flipped: BinaryOperator {
    switch self {
    case .less: .greater
    case .lessEqual: .greaterEqual
    case .greater: .less
    case .greaterEqual: .lessEqual
    default: self
    }
  }
}
