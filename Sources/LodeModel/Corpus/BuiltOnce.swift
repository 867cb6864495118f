import Synchronization

/// A value given up front, or built by a closure on first read and kept: the corpus a
/// context holds (`CorpusSlot`) and each lazily decoded corpus table (`LazyRows`).
///
/// Thread-safe: concurrent first readers wait for the one build and share its result.
public final class BuiltOnce<Value: Sendable>: Sendable {
  private enum State: Sendable {
    case pending(@Sendable () -> Value)
    case built(Value)
  }

  private let state: Mutex<State>

  public init(_ value: Value) { state = Mutex(.built(value)) }

  public init(_ build: @escaping @Sendable () -> Value) { state = Mutex(.pending(build)) }

  /// The value, building it now when this is the first read.
  public var value: Value {
    state.withLock { s -> Value in
      switch s {
      case .built(let v): return v
      case .pending(let build):
        let v = build()
        s = .built(v)
        return v
      }
    }
  }

  /// Whether the value has been built (or was given built).
  public var isBuilt: Bool {
    state.withLock { s in
      if case .built = s { return true }
      return false
    }
  }
}
