import Foundation
import LodeCore

/// The command reference (`docs/commands.md`) as Markdown, generated from the declarations:
/// every command by module, then the meta-commands and the expression functions.
///
/// The output depends only on the registry and the meta-command list (no clocks, no
/// paths), so a test can compare it with the committed file; `:docs` prints it.
public enum CommandDocs {
  /// How to regenerate the committed file; printed in its header.
  public static let regenerate = "LODE_RECORD=1 swift test --filter CommandDocsTests"

  /// The whole reference for `registry` (commands in registration order, grouped by module).
  public static func markdown(
    registry: CommandRegistry, metaCommands: [MetaCommand] = MetaCommand.all
  ) -> String {
    let modules = moduleOrder(registry)
    var lines = [
      "# Command reference", "",
      "<!-- Generated from the command declarations by CommandDocs.markdown",
      "     (Sources/LodeShell/Help/CommandDocs.swift). Do not edit by hand: regenerate with",
      "     `\(regenerate)`. -->", "",
      "Every command lode knows, from its declaration: usage, parameters, flags, the columns",
      "of the table it produces, and worked examples. An example with an output is run as a",
      "test (table format, no colour, width 100), so the output shown is what lode prints.",
      "In the shell, `help NAME` shows the same for one command and `:docs` prints this page.",
      "",
    ]
    for (module, commands) in modules {
      let links = commands.map { "[`\($0.name)`](#\(anchor($0.name)))" }
      lines.append("- **\(module)**: " + links.joined(separator: ", "))
    }
    lines.append("- [Meta-commands](#meta-commands)")
    lines.append("- [Expression functions](#expression-functions)")
    for (module, commands) in modules {
      lines += ["", "## Module: \(module)"]
      for c in commands { lines += [""] + command(c) }
    }
    lines += ["", "## Meta-commands", ""]
    lines += [
      "Lines starting with `:` are handled by the shell itself, not by the query language.", "",
      "| meta-command | what it does |", "| --- | --- |",
    ]
    lines += metaCommands.map { "| `\(cell($0.usage))` | \(cell($0.summary)) |" }
    lines += ["", "## Expression functions"]
    lines += functions(registry, moduleOrder: modules.map(\.0))
    return lines.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  /// One command's section: heading, summary, usage, discussion, parameters, flags,
  /// columns and examples.
  static func command(_ d: CommandDescriptor) -> [String] {
    var lines = ["### `\(d.name)`", "", sentence(d.summary), "", "```text", d.usage, "```"]
    if !d.discussion.isEmpty {
      for paragraph in d.discussion.split(separator: "\n") { lines += ["", String(paragraph)] }
    }
    lines += [
      "",
      "Input: \(typeName(d.signature.input, input: true)). "
        + "Output: \(typeName(d.signature.output, input: false)).",
    ]
    if !d.aliases.isEmpty {
      lines += ["", "Aliases: " + d.aliases.map { "`\($0)`" }.joined(separator: ", ")]
    }
    let params = d.signature.parameters.filter {
      if case .keyword = $0.shape { return false }
      return true
    }
    if !params.isEmpty {
      lines += ["", "| parameter | takes | | description |", "| --- | --- | --- | --- |"]
      for p in params {
        let need = p.optional ? "optional" + (p.introducedBy.map { ", after `\($0)`" } ?? "") : ""
        lines.append(
          "| `\(p.name.uppercased())` | \(cell(HelpText.describe(p.shape))) | \(need) | \(cell(p.help)) |")
      }
    }
    if !d.signature.flags.isEmpty {
      lines += ["", "| flag | description |", "| --- | --- |"]
      for f in d.signature.flags {
        let name =
          (f.short.map { "-\($0), " } ?? "") + "--\(f.name)"
          + (f.valueType.map { " \($0.rawValue.uppercased())" } ?? "")
        lines.append("| `\(name)` | \(cell(f.help)) |")
      }
    }
    if let schema = d.outputSchema {
      let shown = schema.columns.filter { !$0.hidden }.map { "`\($0.name)`" }
      let hidden = schema.columns.filter(\.hidden).map { "`\($0.name)`" }
      var text = "Columns: " + shown.joined(separator: ", ")
      if !hidden.isEmpty { text += "; hidden (select them by name): " + hidden.joined(separator: ", ") }
      lines += ["", text + "."]
    }
    switch d.display {
    case .value: break
    case .steps(let schema):
      let columns = schema.names.map { "`\($0)`" }.joined(separator: ", ")
      lines += ["", "Shown as worked steps (\(columns)) when it ends the line; the output flows on."]
    case .card:
      lines += [
        "", "Shown as a card (one field per line, long values wrapped) when it ends the line; the record flows on.",
      ]
    }
    if !d.examples.isEmpty {
      lines += ["", "Examples:"]
      for e in d.examples { lines += [""] + example(e) }
    }
    return lines
  }

  /// An example as a summary line and a code block of the input and its output.
  static func example(_ e: Example) -> [String] {
    var lines = ["*\(e.summary)*", "", "```text", "lode> " + e.input]
    if let output = e.output {
      lines += output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    lines.append("```")
    return lines
  }

  /// Functions grouped by module (command modules' order first, then by name), each
  /// group a table and a block of its examples.
  static func functions(_ registry: CommandRegistry, moduleOrder: [String]) -> [String] {
    var lines = [
      "", "Functions are called inside expressions: `round(x, 2)`, `npv(8%, 10bn/yr, 30y)`.",
    ]
    let byModule = Dictionary(grouping: registry.functions.values, by: \.module)
    let names = byModule.keys.sorted { a, b in
      let (i, j) = (moduleOrder.firstIndex(of: a) ?? .max, moduleOrder.firstIndex(of: b) ?? .max)
      return i != j ? i < j : a < b
    }
    for module in names {
      let list = (byModule[module] ?? []).sorted { $0.name < $1.name }
      lines += ["", "### Functions: \(module)", "", "| function | summary |", "| --- | --- |"]
      lines += list.map { "| `\(cell($0.usage))` | \(cell($0.summary)) |" }
      let examples = list.flatMap(\.examples)
      guard !examples.isEmpty else { continue }
      lines += ["", "```text"]
      for e in examples {
        lines.append("lode> " + e.input)
        if let output = e.output { lines.append(output) }
      }
      lines.append("```")
    }
    return lines
  }

  /// Modules in first-registered order, each with its commands in registration order.
  static func moduleOrder(_ registry: CommandRegistry) -> [(String, [CommandDescriptor])] {
    var order: [String] = []
    var groups: [String: [CommandDescriptor]] = [:]
    for c in registry.commands {
      if groups[c.module] == nil { order.append(c.module) }
      groups[c.module, default: []].append(c)
    }
    return order.map { ($0, groups[$0, default: []]) }
  }

  /// The anchor GitHub gives a heading such as "`value payback`": `value-payback`.
  static func anchor(_ heading: String) -> String {
    String(
      heading.lowercased().compactMap { c -> Character? in
        if c == " " { return "-" }
        return c.isLetter || c.isNumber || c == "-" || c == "_" ? c : nil
      })
  }

  /// Text safe inside a table cell: pipes escaped, line breaks as spaces.
  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }

  static func sentence(_ text: String) -> String {
    text.hasSuffix(".") || text.isEmpty ? text : text + "."
  }

  static func typeName(_ t: ValueType, input: Bool) -> String {
    switch t {
    case .any: input ? "any value" : "depends on the input"
    case .null: input ? "nothing (starts a pipeline)" : "nothing"
    case .table: "a table"
    case .list: "a list"
    case .record: "a record"
    case .string: "text"
    default: "a \(t.rawValue)"
    }
  }
}
