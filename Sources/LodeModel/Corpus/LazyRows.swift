import Synchronization

/// Rows built once, on first read, by a loader (e.g. decoding one table of the corpus
/// cache), so a reload pays only for the tables its commands use.
///
/// Thread-safe: concurrent first readers wait for the one build and share its rows.
public final class LazyRows<Row: Sendable>: Sendable {
  private enum State: Sendable {
    case pending(@Sendable () -> [Row])
    case built([Row])
  }

  private let state: Mutex<State>

  public init(_ build: @escaping @Sendable () -> [Row]) { state = Mutex(.pending(build)) }

  /// The rows, building them now when this is the first read.
  public var rows: [Row] {
    state.withLock { s -> [Row] in
      switch s {
      case .built(let rows): return rows
      case .pending(let build):
        let rows = build()
        s = .built(rows)
        return rows
      }
    }
  }

  /// Whether the rows have been built.
  public var isBuilt: Bool {
    state.withLock { s in
      if case .built = s { return true }
      return false
    }
  }
}

/// One table of a `Corpus`: rows in memory, or rows a `LazyRows` builds on first read.
enum CorpusTable<Row: Sendable>: Sendable {
  case rows([Row])
  case lazy(LazyRows<Row>)

  var rows: [Row] {
    switch self {
    case .rows(let r): return r
    case .lazy(let l): return l.rows
    }
  }

  /// The rows, leaving `self` empty so the caller holds the only reference (no copy on write).
  mutating func take() -> [Row] {
    switch self {
    case .rows(let r):
      self = .rows([])
      return r
    case .lazy(let l):
      self = .rows([])
      return l.rows
    }
  }

  var isBuilt: Bool {
    switch self {
    case .rows: return true
    case .lazy(let l): return l.isBuilt
    }
  }
}
