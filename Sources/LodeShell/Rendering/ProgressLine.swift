import LineEditor
import Synchronization

/// A one-line progress indicator on standard error while many documents load
/// ("loading documents 1200/5000 (24%)"), redrawn in place with `\r` and erased when done.
/// It appears only once a load has run for `delay` (a second): quick loads stay quiet.
///
/// The shell creates one only when standard error is a terminal and it is printing live
/// (never for `Shell.run`, whose text sessions record and tests compare).
final class ProgressLine: Sendable {
  private struct State {
    var shown = false
    var percent = -1
  }

  private let state = Mutex(State())
  private let write: @Sendable (String) -> Void
  private let started = ContinuousClock.now
  private let delay: Swift.Duration

  init(delay: Swift.Duration = .seconds(1), write: @escaping @Sendable (String) -> Void = { Terminal.writeError($0) }) {
    self.delay = delay
    self.write = write
  }

  /// Redraws the line when the percentage changed; safe to call from extraction threads.
  func update(done: Int, total: Int) {
    guard total >= 8, ContinuousClock.now - started >= delay else { return }
    let percent = min(100, done * 100 / total)
    state.withLock { s in
      guard percent != s.percent else { return }
      s.percent = percent
      s.shown = true
      write("\r\u{1B}[2Kloading documents \(done)/\(total) (\(percent)%)")
    }
  }

  /// Erases the line, if it was drawn, so the next output starts on a clean line.
  func finish() {
    state.withLock { s in
      if s.shown { write("\r\u{1B}[2K") }
      s = State()
    }
  }
}
