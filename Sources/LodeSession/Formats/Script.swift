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

  /// Parses script text, joining lines into statements by the shell's continuation rule
  /// (`StatementLines`); a statement left open by `#abandoned (Ctrl-C)` ends there.
  public static func parse(_ text: String) -> Script {
    var script = Script(statements: [])
    var lines = StatementLines()
    var start = 0
    var inHeader = true
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(line)
      let number = index + 1
      if lines.pending != nil {
        let done =
          line.trimmingTrailingWhitespace() == StatementLines.abandonedMarker ? lines.abandon() : lines.add(line)
        if let done { script.statements.append(ScriptStatement(done, line: start)) }
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
      start = number
      if let done = lines.add(line) { script.statements.append(ScriptStatement(done, line: start)) }
    }
    if let open = lines.abandon() { script.statements.append(ScriptStatement(open, line: start)) }
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
}
