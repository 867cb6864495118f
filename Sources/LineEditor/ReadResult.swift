/// What one read from a `LineReader` produced: a line, Ctrl-C, or the end of input.
public enum ReadResult: Sendable, Hashable {
  /// A complete line, without its newline.
  case line(String)
  /// Ctrl-C: the line being typed was abandoned; the shell keeps running.
  case interrupted
  /// Ctrl-D on an empty line, or the end of a pipe or script.
  case endOfInput
}
