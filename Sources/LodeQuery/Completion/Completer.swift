import LodeCore

/// Completion analysis for one (line, cursor): a pure function of the line, the
/// registry, the variables and — for field values — the pure part of the pipeline.
struct Completer {
  let interpreter: Interpreter
  let line: String
  let cursor: Int

  func run() -> CompletionResult {
    let prefix = line.slice(SourceSpan(0, cursor))
    let (tokens, _) = Lexer.tokenize(prefix)
    let last = tokens.dropLast().last
    let word = last.flatMap { $0.span.end == cursor ? $0 : nil }
    let from = word?.span.start ?? cursor
    let typed = word?.text ?? ""
    let names = interpreter.registry.names.filter { $0.hasPrefix(typed) && !$0.contains(" ") }
    return CompletionResult(
      replaceFrom: from, candidates: names.map { CompletionCandidate($0, kind: .command) })
  }
}
