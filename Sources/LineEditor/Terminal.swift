import CLineEdit
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the shell talks to: whether a stream is one, and its width;
/// and the one place lode writes to standard output and error.
///
/// Writes go out whole (a NUL is a byte like any other, never the end of the text). The
/// first failed write to standard output is remembered and later writes are skipped:
/// `finish(_:)` then reports it once on standard error and turns the exit status into 1 —
/// or, for a reader that went away (`| head`), ends quietly as `cat` does.
public enum Terminal {
  public static func isTTY(_ fd: Int32) -> Bool { clineedit_isatty(fd) == 1 }

  /// Columns of the terminal on `fd`, or nil when it is not a terminal or does not say.
  public static func columns(_ fd: Int32 = 1) -> Int? {
    let n = Int(clineedit_columns(fd))
    return n > 0 ? n : nil
  }

  /// The errno of the first failed write to standard output, 0 while none failed.
  static let outputError = Mutex<Int32>(0)

  /// Whether a write to standard output has failed (later output is dropped).
  public static var outputFailed: Bool { outputError.withLock { $0 } != 0 }

  /// Call first thing: a closed standard stream (`>&-`) is occupied by /dev/null so that no
  /// file lode opens later takes its number (output would land in a journal or cache); a
  /// closed standard output is remembered as a failed write.
  public static func guardStandardStreams() {
    for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
      if null >= 0, null != fd {
        dup2(null, fd)
        close(null)
      }
      if fd == 1 { outputError.withLock { $0 = EBADF } }
    }
  }

  /// Writes text to standard error, unbuffered (Swift 6 cannot name Glibc's `stderr`).
  public static func writeError(_ text: String) {
    let err = clineedit_stderr()
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { fwrite($0.baseAddress, 1, $0.count, err) }
    fflush(err)
  }

  /// Writes text to standard output and flushes it; a failure is remembered (see `finish`).
  public static func write(_ text: String) {
    guard !outputFailed else { return }
    let out = clineedit_stdout()
    var bytes = Array(text.utf8)
    let written = bytes.withUnsafeMutableBytes { fwrite($0.baseAddress, 1, $0.count, out) }
    if written != bytes.count || fflush(out) != 0 {
      let code = errno == 0 ? EIO : errno
      outputError.withLock { if $0 == 0 { $0 = code } }
    }
  }

  /// The exit status to leave with: `status`, or 1 after one message when output could not
  /// be written. A closed pipe ends the process as SIGPIPE would have, without a message.
  public static func finish(_ status: Int32) -> Int32 {
    let out = clineedit_stdout()
    if !outputFailed, fflush(out) != 0 {
      let code = errno == 0 ? EIO : errno
      outputError.withLock { if $0 == 0 { $0 = code } }
    }
    let code = outputError.withLock { $0 }
    guard code != 0 else { return status }
    if code == EPIPE {
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
      return 141
    }
    let reason = String(cString: strerror(code))
    writeError("error[shell.output.unwritable]: cannot write to standard output: \(reason)\n")
    return 1
  }
}
