import LodeCore

/// Physical lines joined into statements by the one continuation rule
/// (`Continuation.needsMoreInput`): the interactive loop feeds it what is typed, replay
/// (`Script.parse`) the lines of a file, so a session replays exactly as it was typed.
///
/// A statement abandoned with Ctrl-C is journaled followed by `abandonedMarker`; replay
/// ends the open statement there, as one input (it fails, being unfinished), and the lines
/// after it replay as they ran.
public struct StatementLines: Sendable {
  /// The journal line after a statement abandoned at the `...>` prompt.
  public static let abandonedMarker = "#abandoned (Ctrl-C)"

  /// The lines of the statement begun so far (trailing blanks removed), nil between statements.
  public private(set) var pending: String?

  public init() {}

  /// Adds one physical line; returns the statement it completes, or nil while it goes on.
  public mutating func add(_ line: String) -> String? {
    var text = pending.map { $0 + "\n" + line } ?? line
    while text.last?.isWhitespace == true { text.removeLast() }
    if Continuation.needsMoreInput(text) {
      pending = text
      return nil
    }
    pending = nil
    return text
  }

  /// Ends the statement begun so far (Ctrl-C, or the abandoned marker on replay) and
  /// returns its text.
  public mutating func abandon() -> String? {
    defer { pending = nil }
    return pending
  }
}
