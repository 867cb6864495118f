import LodeCore
import LodeModel

/// The spellings text equality matches (`speaker = "Zelenskyy"`): lode compares names by
/// entity (`CorpusAliases`), so the SQL lists every name and alias of that entity that the
/// reference data and the corpus's people, organisations and regions give. The corpus is
/// read on the first such equality only.
final class SQLNames {
  private let source: () -> Corpus
  private var state: (Corpus, CorpusAliases)?

  init(_ source: @escaping () -> Corpus) { self.source = source }

  /// `literal` and every spelling of the entity it names (nil when it names none).
  func spellings(of literal: String) -> [String] {
    let (corpus, aliases) = loaded()
    guard let id = aliases.canonical(literal) else { return [literal] }
    var out = [literal]
    func add(_ name: String) {
      if !out.contains(name), aliases.canonical(name) == id { out.append(name) }
    }
    for p in corpus.people { ([p.name] + p.aliases).forEach(add) }
    for o in corpus.organisations { ([o.name] + o.aliases).forEach(add) }
    for r in corpus.reference.regions { ([r.name, r.isoName, r.ukrainian] + r.aliases).forEach(add) }
    return out
  }

  private func loaded() -> (Corpus, CorpusAliases) {
    if let state { return state }
    let corpus = source()
    let made = (corpus, CorpusAliases(corpus: corpus))
    state = made
    return made
  }
}
