import LineEditor
import LodeCore
import LodeShell

/// Chooses the line reader for the interactive shell: libedit on a terminal, plain reading
/// otherwise. libedit is loaded here, at run time; when it cannot be, the shell says why
/// (a warning naming the package to install) and reads lines without editing.
enum InteractiveReader {
  static func make(terminal: Bool, historyPath: String?, style: Style) -> any LineReader {
    guard terminal else { return PlainReader() }
    switch LibEdit.load() {
    case .success:
      if let editor = LibEditReader(historyPath: historyPath) { return editor }
      Terminal.writeError(
        DiagnosticRenderer(style: style).render(
          Diagnostic(
            .warning, id: "shell.libedit.start",
            "libedit could not start on this terminal; line editing and history are off"),
          asWarning: true))
    case .failure(let failure):
      Terminal.writeError(
        DiagnosticRenderer(style: style).render(unavailable(failure), asWarning: true))
    }
    return PlainReader()
  }

  /// The warning printed when libedit cannot be loaded.
  static func unavailable(_ failure: LibEdit.LoadFailure) -> Diagnostic {
    Diagnostic(
      .warning, id: "shell.libedit.missing",
      "cannot load libedit; line editing, history and Tab completion are off",
      hint: "install it: apt-get install libedit2", notes: failure.reasons)
  }
}
