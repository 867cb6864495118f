/// A transcript: inputs after `lode> ` (continued on `...> ` lines), each followed by the
/// output it is expected to print. The same file replays as a script and checks as a test.
///
/// Lines starting with `#` are comments: before the first input they form the header
/// (`# lode transcript 1`, `# corpus: …`); after an output they end it. An output line
/// that would look like a prompt, a comment or an escape is written with a leading `\`.
public struct Transcript: Sendable, Hashable {
  /// One input and its expected output.
  public struct Entry: Sendable, Hashable {
    public var input: String
    /// 1-based line of the `lode> ` prompt.
    public var line: Int
    /// Expected output lines (unescaped, trailing blank lines dropped).
    public var expected: [String]

    public init(input: String, line: Int = 0, expected: [String]) {
      self.input = input
      self.line = line
      self.expected = expected
    }

    /// 1-based line where the expected output starts.
    public var outputLine: Int {
      line + input.split(separator: "\n", omittingEmptySubsequences: false).count
    }
  }

  /// A transcript line in file order: verbatim commentary (comments, blank lines) or an entry.
  public enum Item: Sendable, Hashable {
    case comment(String)
    case entry(Entry)
  }

  public static let prompt = "lode> "
  public static let continuation = "...> "

  public var items: [Item]

  public init(items: [Item]) { self.items = items }

  public var entries: [Entry] {
    items.compactMap { if case .entry(let e) = $0 { e } else { nil } }
  }

  /// The format version from a `# lode transcript N` header line.
  public var version: Int? {
    headerValue { (body: Substring) -> Int? in
      guard body.hasPrefix("lode transcript ") || body.hasPrefix("lode script ") else { return nil }
      return body.split(separator: " ").last.flatMap { Int($0) }
    }
  }

  /// The corpus fingerprint from a `# corpus: …` header line.
  public var corpus: String? {
    headerValue { (body: Substring) -> String? in
      guard body.hasPrefix("corpus:") else { return nil }
      let v = String(body.dropFirst("corpus:".count).drop { $0 == " " })
        .trimmingTrailingWhitespace()
      return v.isEmpty ? nil : v
    }
  }

  private func headerValue<T>(_ read: (Substring) -> T?) -> T? {
    for item in items {
      guard case .comment(let line) = item else { return nil }
      if line.hasPrefix("#"), let v = read(line.dropFirst().drop { $0 == " " }) { return v }
    }
    return nil
  }

  /// Whether `text` has at least one `lode> ` input line.
  public static func looksLikeTranscript(_ text: String) -> Bool {
    text.split(separator: "\n").contains { $0.hasPrefix(prompt) || $0 == "lode>" }
  }

  private static func isPrompt(_ line: Substring) -> Bool {
    line.hasPrefix(prompt) || line == "lode>"
  }
  private static func isContinuation(_ line: Substring) -> Bool {
    line.hasPrefix(continuation) || line == "...>"
  }

  /// Parses transcript text; every line lands in an item, so `text()` gives it back.
  public static func parse(_ text: String) -> Transcript {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    var items: [Item] = []
    var i = 0
    while i < lines.count {
      let line = lines[i]
      guard isPrompt(line) else {
        items.append(.comment(String(line)))
        i += 1
        continue
      }
      var entry = Entry(input: String(line.dropFirst(prompt.count)), line: i + 1, expected: [])
      i += 1
      while i < lines.count, isContinuation(lines[i]) {
        entry.input += "\n" + lines[i].dropFirst(continuation.count)
        i += 1
      }
      var output: [String] = []
      while i < lines.count, !isPrompt(lines[i]), !lines[i].hasPrefix("#") {
        let raw = lines[i]
        output.append(raw.hasPrefix("\\") ? String(raw.dropFirst()) : String(raw))
        i += 1
      }
      var trailing = 0
      while trailing < output.count, output[output.count - 1 - trailing].isEmpty { trailing += 1 }
      entry.expected = Array(output.dropLast(trailing))
      items.append(.entry(entry))
      items += Array(repeating: .comment(""), count: trailing)
    }
    return Transcript(items: items)
  }

  /// The transcript as text, one line per item line, ending with a newline.
  public func text() -> String {
    var out: [String] = []
    for item in items {
      switch item {
      case .comment(let line): out.append(line)
      case .entry(let e):
        let inputs = e.input.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, part) in inputs.enumerated() {
          out.append((n == 0 ? Transcript.prompt : Transcript.continuation) + part)
        }
        out += e.expected.map(Transcript.escape)
      }
    }
    return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
  }

  /// An output line as stored: `\` added before lines that would read as a prompt,
  /// a continuation, a comment or an escape.
  public static func escape(_ line: String) -> String {
    let special =
      line.hasPrefix("lode>") || line.hasPrefix("...>") || line.hasPrefix("#")
      || line.hasPrefix("\\")
    return special ? "\\" + line : line
  }

  /// The same transcript with each entry's expected output replaced by `outputs[i]`
  /// (entries beyond `outputs` keep theirs) and the corpus header set to `corpus`.
  public func updating(outputs: [[String]], corpus newCorpus: String?) -> Transcript {
    var index = 0
    var inHeader = true
    var result: [Item] = []
    for item in items {
      switch item {
      case .comment(let line):
        if inHeader, newCorpus != nil, line.hasPrefix("#"),
          line.dropFirst().drop(while: { $0 == " " }).hasPrefix("corpus:")
        {
          result.append(.comment("# corpus: \(newCorpus ?? "")"))
        } else {
          result.append(item)
        }
      case .entry(var e):
        inHeader = false
        if index < outputs.count { e.expected = OutputLines.trimmed(outputs[index]) }
        index += 1
        result.append(.entry(e))
      }
    }
    return Transcript(items: result)
  }
}
