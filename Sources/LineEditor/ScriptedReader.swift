/// Replays a fixed sequence of reads: the shell's tests, replays and embeddings use it
/// instead of a terminal.
public final class ScriptedReader: LineReader {
  public var completionHandler: CompletionHandler?
  public var isInteractive: Bool { false }
  public private(set) var history: [String] = []
  /// The prompts the shell asked for, in order (to test continuation prompts).
  public private(set) var prompts: [String] = []
  private var script: [ReadResult]

  public init(_ script: [ReadResult]) { self.script = script }

  /// A script of plain lines.
  public convenience init(lines: [String]) { self.init(lines.map { .line($0) }) }

  public func readLine(prompt: String) -> ReadResult {
    prompts.append(prompt)
    return script.isEmpty ? .endOfInput : script.removeFirst()
  }

  public func addHistory(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    history.removeAll { $0 == line }
    history.append(line)
  }

  public func takeWarnings() -> [String] { [] }
}
