/// One line of an interactive session as the shell ran it: what :save writes out.
public struct SessionRecord: Sendable, Hashable {
  /// The input exactly as entered (continuation lines joined by "\n").
  public var input: String
  /// What the line printed, errors included, no colour.
  public var output: String
  public var failed: Bool
  /// One-line summary of the first error (kept in scripts as `#   <summary>`).
  public var errorSummary: String?

  public init(input: String, output: String, failed: Bool, errorSummary: String? = nil) {
    self.input = input
    self.output = output
    self.failed = failed
    self.errorSummary = errorSummary
  }

  /// A record from a runner's outcome; the summary defaults to the output's first line.
  public init(input: String, outcome: LineOutcome, errorSummary: String? = nil) {
    self.init(
      input: input, output: outcome.output, failed: outcome.failed,
      errorSummary: outcome.failed
        ? (errorSummary ?? outcome.lines.first { !$0.allSatisfy(\.isWhitespace) }) : nil)
  }

  /// Whether replaying this line makes sense (not `:save`, `:quit`, `:history`, `:journal`).
  public var isReplayable: Bool { MetaLine.isReplayable(input) }
}
