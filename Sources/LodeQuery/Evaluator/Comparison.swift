import Foundation
import LodeCore

/// Equality, ordering, `~` and `in` between values, with the language's unit rules.
///
/// Strings compare equal when equal, when their folded keys match (`"kyïv" = "Kyiv"`), or
/// when both name the same entity (`"Zelenskyy" = "Volodymyr Zelensky"`, given `names`);
/// comparisons with null are false except `null = null`.
enum Comparison {
  static func equal(
    _ a: Value, _ b: Value, _ fx: Settings, _ names: (any NameAliases)? = nil
  ) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.null, _), (_, .null): return false
    case (.string(let x), .string(let y)):
      return x == y || Fold.key(x) == Fold.key(y) || names?.same(x, y) == true
    case (.number(let x), .number(let y)), (.percent(let x), .percent(let y)),
      (.number(let x), .percent(let y)), (.percent(let x), .number(let y)):
      return x == y
    case (.money(let x), .money(let y)):
      if x.currency == y.currency { return x.amount == y.amount && x.perYear == y.perYear }
      guard let rx = fx.rate(x.currency), let ry = fx.rate(y.currency) else { return false }
      return x.amount * rx == y.amount * ry && x.perYear == y.perYear
    case (.date(let d), .string(let s)), (.string(let s), .date(let d)):
      return DateValue.parse(s) == d
    case (.list(let x), .list(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1, fx, names) }
    default:
      return a == b
    }
  }

  /// -1, 0 or 1; nil when either side is null. Throws for kinds that do not compare.
  static func compare(
    _ a: Value, _ b: Value, _ site: Site, _ fx: Settings
  ) throws(Diagnostic)
    -> Int?
  {
    switch (a, b) {
    case (.null, _), (_, .null): return nil
    case (.number(let x), .number(let y)), (.percent(let x), .percent(let y)),
      (.number(let x), .percent(let y)), (.percent(let x), .number(let y)):
      return FastDecimal.compare(x, y)
    case (.duration(let x), .duration(let y)):
      return x.years == y.years ? 0 : (x.years < y.years ? -1 : 1)
    case (.money(let x), .money(let y)):
      let y2 = try Arithmetic.convert(y, to: x.currency, fx, site.right)
      return x.amount == y2 ? 0 : (x.amount < y2 ? -1 : 1)
    case (.date(let x), .date(let y)) where x.isVague || y.isVague:
      // "now" or "the past" is before or after no calendar date.
      return x == y ? 0 : nil
    case (.string, .string), (.date, .date), (.bool, .bool):
      return Value.order(a, b)
    case (.date(let d), .string(let s)):
      guard let e = DateValue.parse(s) else { throw badDate(s, site.right) }
      return try compare(.date(d), .date(e), site, fx)
    case (.string(let s), .date(let d)):
      guard let e = DateValue.parse(s) else { throw badDate(s, site.left) }
      return try compare(.date(e), .date(d), site, fx)
    default:
      var hint: String?
      if a.type == .money && b.type == .number || a.type == .number && b.type == .money {
        hint = "write the number as money, e.g. 1bn or $5m"
      }
      throw site.mismatch("cannot compare \(Site.article(a)) with \(Site.article(b))", hint: hint)
    }
  }

  static func badDate(_ s: String, _ span: SourceSpan) -> Diagnostic {
    Diagnostic(
      .type, id: "query.type.mismatch", "`\(s)` is not a date", span: span,
      hint: "dates are written 2025-02-24, 2025-02 or 2025")
  }

  /// `a ~ b`: b's text occurs in a's, ignoring case and diacritics; lists match any item.
  static func contains(_ a: Value, _ b: Value) -> Bool {
    switch a {
    case .null: return false
    case .list(let items): return items.contains { contains($0, b) }
    case .string(let s): return Fold.contains(s, needleText(b))
    default: return Fold.contains(a.formatted(), needleText(b))
    }
  }

  static func needleText(_ b: Value) -> String {
    if case .string(let s) = b { return s }
    return b.formatted()
  }

  /// `a in [..]`.
  static func member(
    _ a: Value, _ b: Value, _ site: Site, _ fx: Settings, _ names: (any NameAliases)? = nil
  ) throws(Diagnostic) -> Bool {
    switch b {
    case .null: return false
    case .list(let items): return items.contains { equal(a, $0, fx, names) }
    default:
      throw site.mismatch(
        "`in` needs a list on its right, got \(Site.article(b))",
        hint: "e.g. region in [\"Dnipro\", \"Kyiv\"]")
    }
  }
}
