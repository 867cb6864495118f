extension Interpreter {
  /// Candidates for the word at `cursor` (Unicode-scalar offset), by context:
  /// commands, fields of the flowing table, operators, values, `$variables`, flags, keywords.
  public func complete(_ line: String, cursor: Int) -> CompletionResult {
    Completer(interpreter: self, line: line, cursor: cursor).run()
  }
}
