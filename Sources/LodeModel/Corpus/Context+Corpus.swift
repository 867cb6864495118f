import LodeCore

extension Context {
  /// The corpus the shell has loaded (empty until one is set); a deferred corpus
  /// (`setCorpusLoader`) is loaded here on first use.
  public var corpus: Corpus {
    get { service("corpus", as: CorpusSlot.self)?.corpus ?? Corpus() }
    set { install(CorpusSlot(newValue)) }
  }

  /// Defers loading: `load` runs once, when a command first reads `corpus`.
  public func setCorpusLoader(_ load: @escaping @Sendable () -> Corpus) {
    install(CorpusSlot(loader: load))
  }

  /// Whether the corpus has been loaded yet (false while a deferred load is pending).
  public var isCorpusLoaded: Bool { service("corpus", as: CorpusSlot.self)?.isLoaded ?? true }

  /// Publishes the slot and the name aliases of its corpus (built on first comparison).
  private func install(_ slot: CorpusSlot) {
    setService("corpus", slot)
    nameAliases = CorpusAliases { slot.corpus }
  }
}
