import LodeCore

/// Help generated from declarations: the command overview by module, one command's
/// usage, parameters, flags and examples, and the meta-command list.
public struct HelpText: Sendable {
  public var style: Style
  /// Columns the discussion is wrapped to.
  public var width: Int
  public init(style: Style = .plain, width: Int = 100) {
    self.style = style
    self.width = max(20, width)
  }

  /// `help`: every command by module, with its summary.
  public func overview(_ registry: CommandRegistry) -> String {
    let modules = registry.modules
    guard !modules.isEmpty else { return "No commands are registered.\n" }
    let width = modules.flatMap { $0.commands.map { DisplayWidth.of($0.name) } }.max() ?? 0
    var lines = ["Commands (type `help COMMAND` for details):"]
    for m in modules {
      lines.append("")
      lines.append(style.bold(m.name))
      for c in m.commands {
        lines.append("  " + DisplayWidth.pad(c.name, to: width) + "  " + c.summary)
      }
    }
    let functions = registry.functions.values.sorted { $0.name < $1.name }
    if !functions.isEmpty {
      let usageWidth = functions.map { DisplayWidth.of($0.usage) }.max() ?? 0
      lines += ["", style.bold("Functions") + " (inside expressions; type `help FUNCTION` for details):"]
      for f in functions {
        lines.append("  " + DisplayWidth.pad(f.usage, to: usageWidth) + "  " + f.summary)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `help FUNCTION`: usage, parameters with their types, and examples.
  public func function(_ f: FunctionDescriptor) -> String {
    var lines = [
      "\(style.bold(f.name)) — \(f.summary)", "", "Usage: \(f.usage)  (a function, used inside expressions)",
    ]
    if !f.parameters.isEmpty {
      lines += ["", "Parameters:"]
      lines += table(
        f.parameters.enumerated().map { i, p in
          let optional = i >= f.parameters.count - f.optionalCount ? "; optional" : ""
          return (p.name.uppercased(), (p.type == .any ? "any value" : p.type.rawValue) + optional)
        })
    }
    if !f.examples.isEmpty {
      lines += ["", "Examples:"]
      for e in f.examples {
        lines.append("  " + e.summary)
        lines.append("    lode> " + e.input)
        if let output = e.output { lines += output.split(separator: "\n").map { "    " + $0 } }
      }
    }
    return lines.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  /// `help CMD`: usage, discussion, parameters, flags, aliases and examples.
  public func command(_ d: CommandDescriptor) -> String {
    var lines = ["\(style.bold(d.name)) — \(d.summary)", "", "Usage: \(d.usage)"]
    if !d.discussion.isEmpty {
      lines.append("")
      for paragraph in d.discussion.split(separator: "\n", omittingEmptySubsequences: false) {
        lines += RecordRenderer.wrap(String(paragraph), width: width)
      }
    }
    let params = d.signature.parameters.filter {
      if case .keyword = $0.shape { return false }
      return true
    }
    if !params.isEmpty {
      lines += ["", "Parameters:"]
      let rows = params.map { p in
        (
          p.name.uppercased(),
          [Self.describe(p.shape), p.optional ? "optional" : nil, p.help.isEmpty ? nil : p.help]
            .compactMap { $0 }.joined(separator: "; ")
        )
      }
      lines += table(rows)
    }
    if !d.signature.flags.isEmpty {
      lines += ["", "Flags:"]
      lines += table(
        d.signature.flags.map { f in
          let name =
            (f.short.map { "-\($0), " } ?? "") + "--\(f.name)"
            + (f.valueType.map { " \($0.rawValue.uppercased())" } ?? "")
          return (name, f.help)
        })
    }
    if !d.aliases.isEmpty { lines += ["", "Aliases: " + d.aliases.joined(separator: ", ")] }
    if !d.examples.isEmpty {
      lines += ["", "Examples:"]
      for e in d.examples {
        lines.append("  " + e.summary)
        lines.append("    lode> " + e.input)
        if let output = e.output {
          lines += output.split(separator: "\n", omittingEmptySubsequences: false).map {
            "    " + $0
          }
          .map { $0.trimmingTrailingSpaces }
        }
      }
    }
    return lines.map(\.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  /// `:help`'s first part: the meta-commands.
  public func metaCommands(_ list: [MetaCommand]) -> String {
    var lines = ["Meta-commands:"]
    lines += table(list.map { ($0.usage, $0.summary) })
    return lines.joined(separator: "\n") + "\n"
  }

  /// How a parameter of this shape is written, for help and docs.
  static func describe(_ shape: Parameter.Shape) -> String {
    switch shape {
    case .value(let t): t == .any ? "a value" : "a \(t.rawValue)"
    case .word: "a word or quoted text"
    case .keyword(let k): "the word `\(k)`"
    case .rowExpression: "an expression evaluated for each row"
    case .fields: "field names, comma-separated"
    case .choice(let options): "one of " + options.joined(separator: ", ")
    }
  }

  private func table(_ rows: [(String, String)]) -> [String] {
    let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
    return rows.map { "  " + DisplayWidth.pad($0.0, to: width) + "  " + $0.1 }
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var s = self
    while s.hasSuffix(" ") { s.removeLast() }
    return s
  }
}
