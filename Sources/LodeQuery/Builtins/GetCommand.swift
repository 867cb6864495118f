import LodeCore

/// `get FIELD`: one field of a record (`region Zaporizhzhia | get mentions`), or one column
/// of a table as a list.
enum GetCommand {
  static let descriptor = CommandDescriptor(
    name: "get", module: "core", summary: "One field of a record, or one column of a table as a list",
    signature: Signature(
      [Parameter("field", .fields, help: "the field's name", completion: .fields)],
      input: .any, output: .any),
    examples: [
      Example("A field of a record", "range 3 | show | get n", output: "1"),
      Example("A column as a list", "range 3 | get n | to json", output: "[1,2,3]"),
    ]
  ) { call, _ throws(Diagnostic) in
    let names = call.fieldNames("field")
    guard names.count == 1, let name = names.first else {
      throw call.error(
        "query.get.oneField", "`get` takes one field, got \(names.count)", at: "field",
        hint: "use `select` to keep several fields")
    }
    switch call.input {
    case .record(let r):
      guard let i = r.fields.firstIndex(of: name) else {
        throw Diagnostic(
          .name, id: "query.unknownField", "no field `\(name)` in the record flowing into `get`",
          span: call.argumentSpans["field.0"] ?? call.span,
          suggestions: Suggest.closest(to: name, in: r.fields))
      }
      return CommandOutput(i < r.values.count ? r.values[i] : .null)
    case .table(let t):
      guard let c = try call.columnIndexes("field", in: t).first else { return CommandOutput(.null) }
      return CommandOutput(.list(t.rows.map { c < $0.count ? $0[c] : .null }))
    default:
      throw Diagnostic(
        .type, id: "query.get.notARecord", "`get` needs a record or a table, got \(call.input.type.rawValue)",
        span: call.span, hint: "e.g. region Zaporizhzhia | get mentions")
    }
  }
}
