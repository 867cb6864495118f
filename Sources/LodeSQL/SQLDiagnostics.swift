import LodeCore

/// The errors `lode sql` reports: a stage, operator or value with no SQL form, named, with
/// the span it came from and what to write instead.
enum SQLDiagnostics {
  static func unsupported(_ what: String, _ span: SourceSpan?, hint: String? = nil) -> Diagnostic {
    Diagnostic(
      .argument, id: "sql.unsupported", "\(what) has no SQL form", span: span,
      hint: hint ?? "lode sql translates fact tables, where, select, sort, limit, first, last, distinct, group by and count")
  }

  static func unknownField(_ name: String, _ span: SourceSpan?, in columns: [SQLColumn]) -> Diagnostic {
    let names = columns.map(\.name)
    return Diagnostic(
      .name, id: "sql.field.unknown", "unknown field `\(name)`", span: span,
      hint: "fields here: " + names.joined(separator: ", "),
      suggestions: Suggest.closest(to: name, in: names))
  }
}
