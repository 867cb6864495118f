/// Rows built once, on first read, by a loader (e.g. decoding one table of the corpus
/// cache), so a reload pays only for the tables its commands use.
public typealias LazyRows<Row: Sendable> = BuiltOnce<[Row]>

/// One table of a `Corpus`: rows in memory, or rows a `LazyRows` builds on first read.
enum CorpusTable<Row: Sendable>: Sendable {
  case rows([Row])
  case lazy(LazyRows<Row>)

  var rows: [Row] {
    switch self {
    case .rows(let r): return r
    case .lazy(let l): return l.value
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
      return l.value
    }
  }

  var isBuilt: Bool {
    switch self {
    case .rows: return true
    case .lazy(let l): return l.isBuilt
    }
  }
}
