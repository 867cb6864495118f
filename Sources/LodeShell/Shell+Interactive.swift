import LineEditor
import LodeCore
import LodeQuery
import LodeSession

extension Shell {
  /// The primary prompt and the continuation prompt shown while a line is incomplete.
  public static let prompt = "lode> "
  public static let continuationPrompt = " ...> "
  /// The one line shown when an interactive session starts.
  public static let startHint = "Type :help for help, Tab to complete; exit or Ctrl-D leaves."
  /// Lines that leave the shell like `:quit`.
  static let leaveWords: Set<String> = ["exit", "quit"]

  /// The REPL: reads lines (joining continuation lines), runs them, prints results to
  /// stdout and errors to stderr, until `:quit` or end of input.
  ///
  /// Ctrl-C abandons the line being typed, or cancels the running command, and the loop
  /// goes on. Returns the exit status: 0, or 1 when reading a script (not a terminal)
  /// in which some line failed.
  public func runInteractive(reader: any LineReader) -> Int32 {
    self.attach(reader)
    reader.completionHandler = { [unowned self] line, cursor in
      let result = self.complete(line, cursor: cursor)
      return (result.replaceFrom, result.candidates.map(\.text))
    }
    let context = self.context
    let gate = InterruptGate()
    let monitor = reader.isInteractive ? InterruptMonitor { gate.interrupt(context) } : nil
    defer { withExtendedLifetime(monitor) {} }
    for d in startupDiagnostics {
      emit(error: DiagnosticRenderer(style: style).render(d, asWarning: true))
    }
    // Someone at the prompt hears about a broken plugin at once, not at first use.
    discoverPlugins()
    if reader.isInteractive { emit(error: style.dim(Shell.startHint) + "\n") }
    var anyFailed = false
    var statement = StatementLines()
    var lineNumber = 0
    var pendingStart = 0
    while true {
      if Terminal.outputFailed {
        shutdown()
        return 1
      }
      // SIGHUP or SIGTERM: every entered line is already journaled and in the history
      // (both are written as lines are entered); an unfinished statement joins the history
      // too, then the session ends with the signal's status.
      if monitor != nil, InterruptMonitor.endSignal != 0 {
        if let pending = statement.pending { reader.addHistory(pending) }
        shutdown()
        return 128 + InterruptMonitor.endSignal
      }
      // A line the reader had to drop (too long) makes a script's run fail.
      if flushWarnings(reader), !reader.isInteractive { anyFailed = true }
      let prompt = statement.pending == nil ? Shell.prompt : Shell.continuationPrompt
      // Only here, before reading, is an earlier Ctrl-C forgotten: one pressed after Enter
      // must still cancel the line it follows.
      gate.willRead(context)
      let read = reader.readLine(prompt: prompt)
      gate.didRead()
      switch read {
      case .endOfInput:
        if flushWarnings(reader), !reader.isInteractive { anyFailed = true }
        if let pending = statement.pending {
          // The input ended inside a statement (`quotes |`, an open quote or bracket).
          emit(error: DiagnosticRenderer(style: style).render(Shell.unfinished(pending, line: pendingStart)))
          anyFailed = true
        }
        shutdown()
        return reader.isInteractive || !anyFailed ? 0 : 1
      case .interrupted:
        if monitor != nil, InterruptMonitor.endSignal != 0 { continue }  // ending, not abandoning
        if statement.abandon() != nil { journal(StatementLines.abandonedMarker) }
        continue
      case .line(let typed):
        lineNumber += 1
        if statement.pending == nil { pendingStart = lineNumber }
        // Each physical line is journaled as it is entered, before it is known whether the
        // statement goes on, so `kill -9` at the `...>` prompt loses nothing.
        if statement.pending != nil || !typed.allSatisfy(\.isWhitespace) { journal(typed) }
        // The continuation rule replay uses too, so a journal replays as it was typed.
        guard let text = statement.add(typed), !text.allSatisfy(\.isWhitespace) else { continue }
        reader.addHistory(text)
        let width = tableWidth(terminal: reader.isInteractive ? Terminal.columns(1) : nil)
        let lineStyle = reader.isInteractive ? style : .plain
        live = true
        let printed = perform(text, style: lineStyle, width: width)
        live = false
        emitStoppable(printed.output)
        if !printed.errors.isEmpty { emit(error: printed.errors) }
        session.ran(text, outcome: LineOutcome(output: printed.plainText, failed: printed.failed))
        if printed.failed { anyFailed = true }
        if printed.quit {
          flushWarnings(reader)
          shutdown()
          return 0
        }
      }
    }
  }

  /// Runs one line as `lode -c` does: prints to the real streams; returns 0, or 1 on failure.
  public func runOnce(_ line: String) -> Int32 {
    for d in startupDiagnostics {
      emit(error: DiagnosticRenderer(style: style).render(d, asWarning: true))
    }
    live = true
    let printed = perform(line, style: style, width: tableWidth(terminal: Terminal.columns(1)))
    live = false
    emit(printed.output)
    if !printed.errors.isEmpty { emit(error: printed.errors) }
    shutdown()
    return printed.failed ? 1 : 0
  }

  /// Journals one physical line; the first failure prints one warning.
  private func journal(_ line: String) {
    if let warning = session.entered(line) {
      emit(error: DiagnosticRenderer(style: style).render(warning, asWarning: true))
    }
  }

  /// The error for input that ended inside an unfinished statement.
  static func unfinished(_ text: String, line: Int) -> Diagnostic {
    let first = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? text
    return Diagnostic(
      .syntax, id: "shell.input.unfinished",
      "the input ended inside an unfinished statement that starts on line \(line): \(first)",
      hint: "finish it (a stage after `|`, a closing quote or bracket) or remove it")
  }

  private func emit(_ text: String) { if !text.isEmpty { sink(text, false) } }

  /// Output large enough to take a while on a terminal is written in pieces of whole lines;
  /// a Ctrl-C while it prints (`range 1000000 | to csv`) stops it, with a note.
  func emitStoppable(_ text: String) {
    var rest = Substring(text)
    while rest.utf8.count > Shell.outputPiece {
      if context.isCancelled {
        emit(error: "^C: output stopped\n")
        return
      }
      let cut = rest.utf8.index(rest.startIndex, offsetBy: Shell.outputPiece)
      let end = rest.utf8[cut...].firstIndex(of: 0x0A).map { rest.utf8.index(after: $0) } ?? rest.endIndex
      emit(String(rest[..<end]))
      rest = rest[end...]
    }
    if context.isCancelled, rest.utf8.count < text.utf8.count {
      emit(error: "^C: output stopped\n")
      return
    }
    emit(String(rest))
  }

  /// Bytes written between checks for Ctrl-C while a long result prints.
  static let outputPiece = 1 << 16
  private func emit(error text: String) { if !text.isEmpty { sink(text, true) } }

  /// Prints the reader's warnings (a skipped over-long line, say); returns whether any.
  @discardableResult
  private func flushWarnings(_ reader: any LineReader) -> Bool {
    let warnings = reader.takeWarnings()
    for w in warnings {
      emit(
        error: DiagnosticRenderer(style: style).render(
          Diagnostic(.warning, id: "shell.input", w), asWarning: true))
    }
    return !warnings.isEmpty
  }
}
