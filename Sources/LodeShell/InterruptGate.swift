import LodeCore
import Synchronization

/// Decides what a Ctrl-C means: at the prompt the line editor abandons the line itself,
/// so only a Ctrl-C that arrives once a line was entered cancels the running command.
///
/// The interrupt callback runs on another thread, possibly after the editor returned;
/// without the gate a Ctrl-C at the prompt could cancel the next line typed.
final class InterruptGate: Sendable {
  private let reading = Atomic<Bool>(false)

  init() {}

  /// The shell is about to read a line: forget earlier Ctrl-Cs (the only place they are).
  func willRead(_ context: Context) {
    reading.store(true, ordering: .sequentiallyConsistent)
    context.resetCancel()
  }

  /// A line was entered; a Ctrl-C from now on cancels it.
  func didRead() {
    reading.store(false, ordering: .sequentiallyConsistent)
  }

  /// The interrupt callback: cancels the context unless the editor is reading a line.
  func interrupt(_ context: Context) {
    if !reading.load(ordering: .sequentiallyConsistent) { context.cancel() }
  }
}
