/// Proposes completions for the text before the cursor: where the replaced word starts
/// (a Unicode-scalar offset into `line`) and the candidates that may replace it.
public typealias CompletionHandler = (_ line: String, _ cursor: Int) -> (
  replaceFrom: Int, candidates: [String]
)

/// Where the shell gets its input lines: libedit on a terminal, plain reads from a pipe,
/// or a fixed script in tests; the shell never knows which.
public protocol LineReader: AnyObject {
  /// Reads one line, showing `prompt` when the reader is interactive.
  func readLine(prompt: String) -> ReadResult
  /// Records an entered line in the history (and persists it, when the reader does).
  func addHistory(_ line: String)
  /// History entries, oldest first, without duplicates.
  var history: [String] { get }
  /// Called on Tab; nil disables completion.
  var completionHandler: CompletionHandler? { get set }
  /// True when a person is typing (prompts, colour and line editing make sense).
  var isInteractive: Bool { get }
  /// Problems the reader met (an unwritable history file, an over-long line), each once.
  func takeWarnings() -> [String]
}
