import LodeCore

/// The corpus a context holds: a loaded value, or a loader run once on first use, so that
/// start-up does not pay for extraction a line like `:help` or `2 + 2` never needs.
public typealias CorpusSlot = BuiltOnce<Corpus>

extension BuiltOnce where Value == Corpus {
  public convenience init(loader: @escaping @Sendable () -> Corpus) { self.init(loader) }

  /// The corpus, loading it now when this is the first use.
  public var corpus: Corpus { value }

  /// Whether the corpus has been loaded (or was given loaded).
  public var isLoaded: Bool { isBuilt }
}
