import LodeCore
import Synchronization

/// The corpus a context holds: a loaded value, or a loader run once on first use, so that
/// start-up does not pay for extraction a line like `:help` or `2 + 2` never needs.
///
/// Thread-safe: concurrent first readers wait for the one load and share its result.
public final class CorpusSlot: Sendable {
  private enum State: Sendable {
    case pending(@Sendable () -> Corpus)
    case loaded(Corpus)
  }

  private let state: Mutex<State>

  public init(_ corpus: Corpus) { state = Mutex(.loaded(corpus)) }

  public init(loader: @escaping @Sendable () -> Corpus) { state = Mutex(.pending(loader)) }

  /// The corpus, loading it now when this is the first use.
  public var corpus: Corpus {
    state.withLock { s -> Corpus in
      switch s {
      case .loaded(let c): return c
      case .pending(let load):
        let c = load()
        s = .loaded(c)
        return c
      }
    }
  }

  /// Whether the corpus has been loaded (or was given loaded).
  public var isLoaded: Bool {
    state.withLock { s in
      if case .loaded = s { return true }
      return false
    }
  }
}
