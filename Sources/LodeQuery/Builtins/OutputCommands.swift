import LodeCore

/// Commands that change how a result is shown: `show` (one record) and `to json|csv|md`.
enum OutputCommands {
  static let all = [show, to]

  static let show = CommandDescriptor(
    name: "show", module: "core", summary: "The first row as a record, shown vertically",
    signature: Signature([], input: .any, output: .record),
    examples: [Example("One record", "range 3 | show | to json", output: "{\"n\":1}")]
  ) { call, _ throws(Diagnostic) in
    switch call.input {
    case .table(let t):
      guard !t.rows.isEmpty else {
        throw Diagnostic(
          .runtime, id: "query.show.empty", "`show` got an empty table", span: call.span,
          hint: "loosen the `where` before it")
      }
      return CommandOutput(.record(t.record(0)))
    case .record: return CommandOutput(call.input)
    default:
      return CommandOutput(.record(Record(fields: ["value"], values: [call.input])))
    }
  }

  static let to = CommandDescriptor(
    name: "to", module: "core", summary: "Write the value as JSON, JSON lines, CSV or Markdown text",
    discussion: """
      JSON writes numbers as JSON numbers with every digit, money as {"amount", "currency"} \
      and includes hidden columns; jsonl writes one row a line. CSV gives money's currency \
      a column of its own.
      """,
    signature: Signature(
      [Parameter("format", .choice(["json", "jsonl", "csv", "md"]), help: "json, jsonl, csv or md")],
      input: .any, output: .string),
    examples: [
      Example("CSV", "range 2 | to csv", output: "n\n1\n2"),
      Example("JSON", "range 2 | to json", output: "[\n  {\"n\":1},\n  {\"n\":2}\n]"),
      Example("JSON lines", "range 2 | to jsonl", output: "{\"n\":1}\n{\"n\":2}"),
      Example("Money in CSV", "500bn * 50% | to csv", output: "250000000000,USD"),
      Example("Markdown", "range 2 | to md", output: "| n |\n| ---: |\n| 1 |\n| 2 |"),
    ]
  ) { call, context throws(Diagnostic) in
    let text: String
    switch call.string("format") {
    case "json": text = JSONWriter.write(call.input)
    case "jsonl": text = String(JSONWriter.lines(call.input).dropLast())
    case "md": text = MarkdownWriter.write(call.input, format: context.valueFormat)
    default: text = CSVWriter.write(call.input)
    }
    return CommandOutput(.string(text))
  }
}
