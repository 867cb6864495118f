import LodeCore

/// The words after a meta-command (`:save --force "my file.lode"`): `--flags` and
/// positional words, with double quotes grouping words that contain spaces.
public struct MetaArguments: Sendable, Hashable {
  public var flags: [String]
  public var words: [String]

  public init(_ text: String) {
    var flags: [String] = []
    var words: [String] = []
    var current = ""
    var quoted = false
    var hasWord = false
    func flush() {
      guard hasWord else { return }
      if !quoted, current.hasPrefix("-"), current.count > 1 {
        flags.append(current)
      } else {
        words.append(current)
      }
      current = ""
      hasWord = false
      quoted = false
    }
    var inQuote = false
    for c in text {
      if c == "\"" {
        inQuote.toggle()
        quoted = true
        hasWord = true
      } else if c.isWhitespace, !inQuote {
        flush()
      } else {
        current.append(c)
        hasWord = true
      }
    }
    flush()
    self.flags = flags
    self.words = words
  }

  /// Fails on any flag not in `allowed` (each entry lists a flag's spellings).
  public func check(allowed: [[String]], command: String) throws(Diagnostic) {
    let known = allowed.flatMap { $0 }
    for flag in flags where !known.contains(flag) {
      throw Diagnostic(
        .argument, id: "session.args.unknownFlag", "\(command) has no option \(flag)",
        suggestions: Suggest.closest(to: flag, in: known))
    }
  }

  public func has(_ spellings: [String]) -> Bool { flags.contains { spellings.contains($0) } }

  /// The single positional word, or an error naming what is expected.
  public func single(_ what: String, command: String, usage: String) throws(Diagnostic) -> String {
    guard words.count == 1, let word = words.first else {
      throw Diagnostic(
        .argument, id: "session.args.count",
        words.isEmpty ? "\(command) needs \(what)" : "\(command) takes one \(what)",
        hint: "usage: \(usage)")
    }
    return word
  }
}
