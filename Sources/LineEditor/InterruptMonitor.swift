import CLineEdit
import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Ctrl-C (SIGINT) into a callback instead of killing the process, so the shell can
/// abandon a line or cancel a running command and carry on.
///
/// The C handler only counts and writes a byte to a pipe; a dispatch source reading that
/// pipe calls `onInterrupt` on a background queue.
public final class InterruptMonitor {
  private let source: any DispatchSourceRead

  /// Installs the handler; nil when the signal or pipe could not be set up.
  public init?(onInterrupt: @escaping @Sendable () -> Void) {
    let fd = clineedit_install_sigint()
    guard fd >= 0 else { return nil }
    _ = clineedit_install_end_signals()
    let source = DispatchSource.makeReadSource(
      fileDescriptor: fd, queue: DispatchQueue.global(qos: .userInteractive))
    source.setEventHandler {
      var drain = [UInt8](repeating: 0, count: 64)
      _ = drain.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      onInterrupt()
    }
    source.resume()
    self.source = source
  }

  /// The SIGHUP or SIGTERM that asked the session to end (0 while none did): it cancels
  /// the running command like Ctrl-C, and the shell then ends in order.
  public static var endSignal: Int32 { clineedit_end_signal() }

  /// Stops listening and gives SIGINT its default action back.
  deinit {
    clineedit_restore_sigint()
    source.cancel()
  }
}
