import CLineEdit

/// Facts about the terminal the shell talks to: whether a stream is one, and its width.
public enum Terminal {
  public static func isTTY(_ fd: Int32) -> Bool { clineedit_isatty(fd) == 1 }

  /// Columns of the terminal on `fd`, or nil when it is not a terminal or does not say.
  public static func columns(_ fd: Int32 = 1) -> Int? {
    let n = Int(clineedit_columns(fd))
    return n > 0 ? n : nil
  }

  /// Writes text to standard error, unbuffered (Swift 6 cannot name Glibc's `stderr`).
  public static func writeError(_ text: String) {
    fputs(text, clineedit_stderr())
  }

  /// Writes text to standard output and flushes it.
  public static func write(_ text: String) {
    let out = clineedit_stdout()
    fputs(text, out)
    fflush(out)
  }
}
