/// Anything that runs one line of lode input and reports what it printed: the shell,
/// or a test double. Replay (`lode run`) and checking (`lode check`) drive it.
public protocol LineRunner: AnyObject {
  /// Runs one input (possibly several physical lines joined by "\n").
  func run(_ line: String) -> LineOutcome
  /// The fingerprint of the corpus currently loaded (`Corpus.fingerprint`).
  var corpusFingerprint: String { get }
  /// Settings changed from their defaults, as `:set NAME VALUE` would take them.
  var settingsInEffect: [(name: String, value: String)] { get }
}

/// What one line printed (exactly, errors included, no colour) and whether it failed.
public struct LineOutcome: Sendable, Hashable {
  public var output: String
  public var failed: Bool
  /// The trailing part of `output` that a terminal shows on stderr (errors, warnings).
  public var errors: String

  public init(output: String, failed: Bool, errors: String = "") {
    self.output = output
    self.failed = failed
    self.errors = output.hasSuffix(errors) ? errors : ""
  }

  /// What goes to stdout: `output` without its trailing `errors`.
  public var standardOutput: String { String(output.dropLast(errors.count)) }

  /// The output as lines, without the final newline; empty output has no lines.
  public var lines: [String] { OutputLines.split(output) }
}

/// Splits printed output into lines the way transcripts store them.
public enum OutputLines {
  /// Lines of `text` without one trailing newline; `""` gives no lines.
  public static func split(_ text: String) -> [String] {
    if text.isEmpty { return [] }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// `lines` without trailing blank lines: transcripts ignore them when comparing.
  public static func trimmed(_ lines: [String]) -> [String] {
    var out = lines
    while let last = out.last, last.allSatisfy(\.isWhitespace) { out.removeLast() }
    return out
  }
}
