import Foundation
import LodeCore

/// The SQL engines `lode sql` writes for: how each spells identifiers, strings, types,
/// booleans and case folding. Everything else it writes is the SQL the three share
/// (subqueries, `ROW_NUMBER() OVER`, `NULLS FIRST`, `instr`, `lower`, `||`).
public enum SQLDialect: String, CaseIterable, Sendable {
  case sqlite, duckdb, spark

  /// Parses `sqlite`, `duckdb` or `spark`, or says which names there are.
  public static func parse(_ name: String) -> Result<SQLDialect, Diagnostic> {
    if let d = SQLDialect(rawValue: name.lowercased()) { return .success(d) }
    return .failure(
      Diagnostic(
        .argument, id: "sql.dialect.unknown", "unknown SQL dialect: \(name)",
        hint: "dialects: " + allCases.map(\.rawValue).joined(separator: ", "),
        suggestions: Suggest.closest(to: name, in: allCases.map(\.rawValue))))
  }

  /// A quoted identifier: every column is quoted, since lode's names include `order` and `end`.
  func identifier(_ name: String) -> String {
    switch self {
    case .sqlite, .duckdb: "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    case .spark: "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }
  }

  /// A string literal. Spark reads backslash escapes inside literals, so it escapes both
  /// the backslash and the quote; SQLite and DuckDB double the quote. A character a terminal
  /// would act on (escape, bidi controls) is written as its code (`'a' || char(27) || 'b'`),
  /// so the SQL is the same text and printing it is safe.
  func string(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { TerminalText.isActive($0, singleLine: true) }) else {
      return quoted(text)
    }
    var parts: [String] = []
    var run = ""
    for s in text.unicodeScalars {
      if TerminalText.isActive(s, singleLine: true) {
        if !run.isEmpty { parts.append(quoted(run)) }
        run = ""
        parts.append("\(self == .sqlite ? "char" : "chr")(\(s.value))")
      } else {
        run.unicodeScalars.append(s)
      }
    }
    if !run.isEmpty { parts.append(quoted(run)) }
    return "(" + parts.joined(separator: " || ") + ")"
  }

  private func quoted(_ text: String) -> String {
    switch self {
    case .sqlite, .duckdb: return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    case .spark:
      var out = "'"
      for ch in text.unicodeScalars {
        switch ch {
        case "\\": out += "\\\\"
        case "'": out += "\\'"
        default: out.unicodeScalars.append(ch)
        }
      }
      return out + "'"
    }
  }

  /// The column type of a lode value type. Numbers are exact decimals (SQLite has no
  /// decimal type: `DECIMAL` gives its numeric affinity); dates are their ISO or TimeML text.
  func type(_ t: ValueType) -> String {
    switch t {
    case .number, .percent, .duration, .money, .any:
      self == .sqlite ? "DECIMAL" : "DECIMAL(38,10)"
    case .bool: "BOOLEAN"
    case .null, .date, .string, .list, .record, .table: self == .spark ? "STRING" : "VARCHAR"
    }
  }

  /// The text type `CAST … AS` names.
  var textType: String { self == .spark ? "STRING" : "VARCHAR" }

  /// A boolean literal. SQLite keeps `extract --csv`'s cells `true`/`false` as text.
  func bool(_ b: Bool) -> String {
    switch self {
    case .sqlite: b ? "'true'" : "'false'"
    case .duckdb, .spark: b ? "TRUE" : "FALSE"
    }
  }

  /// The folded form of a text expression: lower case (DuckDB also strips accents, as
  /// lode's folding does; SQLite's `lower` folds ASCII letters only).
  func folded(_ sql: String) -> String {
    switch self {
    case .sqlite, .spark: "lower(\(sql))"
    case .duckdb: "strip_accents(lower(\(sql)))"
    }
  }

  /// The folded form of a literal, computed here to match `folded` in the engine.
  func folded(literal: String) -> String {
    switch self {
    case .sqlite:
      String(decoding: literal.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    case .spark: literal.lowercased()
    case .duckdb: Fold.key(literal)
    }
  }
}
