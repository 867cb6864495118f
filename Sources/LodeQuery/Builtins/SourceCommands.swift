import Foundation
import LodeCore

/// Source commands that need no corpus: `range` (numbers) and `commands` (the registry).
enum SourceCommands {
  static let all = [range, commands]

  static let range = CommandDescriptor(
    name: "range", module: "core", summary: "A one-column table `n` of whole numbers",
    discussion: "`range N` counts 1 to N; `range A to B` counts from A to B (down when B < A).",
    signature: Signature(
      [
        Parameter("start", .value(.number), help: "N, or the first number with `to`"),
        Parameter(
          "end", .value(.number), optional: true, help: "the last number",
          introducedBy: "to"),
      ], input: .null, output: .table),
    examples: [
      Example("Numbers 1 to 3", "range 3 | to csv", output: "n\n1\n2\n3"),
      Example("From 5 down to 3", "range 5 to 3 | to csv", output: "n\n5\n4\n3"),
    ],
    outputSchema: Schema([.init("n", .number)])
  ) { call, context throws(Diagnostic) in
    let a = try whole(call, "start")
    let (from, to) = call["end"] == nil ? (1, a) : (a, try whole(call, "end"))
    let size = abs(to - from) + 1
    guard size <= 1_000_000 else {
      throw call.error(
        "query.range.tooLarge", "`range` makes at most 1,000,000 rows, asked for \(size)",
        at: call["end"] == nil ? "start" : "end")
    }
    if call["end"] == nil && a < 1 { return CommandOutput(.table(Table(schema: schema))) }
    let step = to >= from ? 1 : -1
    let rows = stride(from: from, through: to, by: step).map { [Value.int($0)] }
    return CommandOutput(.table(Table(schema: schema, rows: rows)))
  }

  static let schema = Schema([.init("n", .number)])

  static func whole(_ call: Invocation, _ name: String) throws(Diagnostic) -> Int {
    guard case .number(let d)? = call[name], d == d.rounded0, abs(d) <= 1_000_000_000_000 else {
      throw call.error(
        "query.argument.badCount", "`range` needs whole numbers", at: name,
        hint: "e.g. range 10 or range 2020 to 2025")
    }
    return NSDecimalNumber(decimal: d).intValue
  }

  static let commands = CommandDescriptor(
    name: "commands", module: "core", summary: "A table of every command: name, module, summary",
    signature: Signature([], input: .null, output: .table),
    examples: [
      Example("Core commands", "commands | where module = \"core\" | count", output: "14")
    ],
    outputSchema: Schema([.init("name", .string), .init("module", .string), .init("summary", .string)])
  ) { _, context in
    let registry = context.service("registry", as: CommandRegistry.self) ?? QueryBuiltins.registry()
    let rows = registry.commands.sorted { $0.name < $1.name }.map {
      [Value.string($0.name), .string($0.module), .string($0.summary)]
    }
    return CommandOutput(.table(Table(columns: ["name", "module", "summary"], rows: rows)))
  }
}
