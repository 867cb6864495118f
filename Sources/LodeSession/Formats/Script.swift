import LodeCore

/// One input of a script or transcript and the 1-based line where it starts.
public struct ScriptStatement: Sendable, Hashable {
  /// The input; continuation lines are joined by "\n".
  public var input: String
  public var line: Int

  public init(_ input: String, line: Int) {
    self.input = input
    self.line = line
  }
}

/// A parsed script: optional `#!` line, a `# lode script 1` / `# corpus: …` header,
/// then one statement per line (a statement continues while it needs more input).
/// Blank lines and lines starting with `#` between statements are comments.
public struct Script: Sendable, Hashable {
  /// The format version from `# lode script N`, if the header has one.
  public var version: Int?
  /// The corpus fingerprint from `# corpus: …`, if the header has one.
  public var corpus: String?
  public var statements: [ScriptStatement]

  public init(version: Int? = nil, corpus: String? = nil, statements: [ScriptStatement]) {
    self.version = version
    self.corpus = corpus
    self.statements = statements
  }

  /// The newest script format this library reads and writes.
  public static let currentVersion = 1

  /// Parses script text; `continues` says whether an input needs more lines (the shell
  /// passes `Interpreter.needsMoreInput`; the default is a close approximation).
  public static func parse(
    _ text: String, continues: (String) -> Bool = Script.needsMoreInput
  ) -> Script {
    var script = Script(statements: [])
    var pending: ScriptStatement?
    var inHeader = true
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = String(line)
      let number = index + 1
      if var open = pending {
        open.input += "\n" + line
        if continues(open.input) {
          pending = open
        } else {
          script.statements.append(open)
          pending = nil
        }
        continue
      }
      if index == 0, line.hasPrefix("#!") { continue }
      let trimmed = String(line.drop { $0 == " " || $0 == "\t" }).trimmingTrailingWhitespace()
      if trimmed.isEmpty { continue }
      if trimmed.hasPrefix("#") {
        if inHeader { script.readHeader(trimmed) }
        continue
      }
      inHeader = false
      let statement = ScriptStatement(line, line: number)
      if continues(line) { pending = statement } else { script.statements.append(statement) }
    }
    if let open = pending { script.statements.append(open) }
    return script
  }

  private mutating func readHeader(_ comment: String) {
    let body = comment.dropFirst().drop { $0 == " " }
    if body.hasPrefix("lode script ") || body.hasPrefix("lode transcript ") {
      version = Int(body.split(separator: " ").last ?? "")
    } else if body.hasPrefix("corpus:") {
      let value = body.dropFirst("corpus:".count).drop { $0 == " " }
      corpus = value.isEmpty ? nil : String(value)
    }
  }

  /// True when `text` ends with `|` or leaves a `"` string or a bracket open. Meta-commands
  /// (`:name …`) are always complete.
  public static func needsMoreInput(_ text: String) -> Bool {
    if MetaLine.name(of: text) != nil { return false }
    var quote: Character?
    var escaped = false
    var depth = 0
    for c in text {
      if let q = quote {
        if escaped {
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == q {
          quote = nil
        }
        continue
      }
      switch c {
      case "\"": quote = c
      case "(", "[", "{": depth += 1
      case ")", "]", "}": depth -= 1
      default: break
      }
    }
    if quote != nil || depth > 0 { return true }
    return text.trimmingTrailingWhitespace().hasSuffix("|")
  }
}
