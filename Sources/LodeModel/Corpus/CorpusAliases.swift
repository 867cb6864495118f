import LodeCore
import Synchronization

/// The corpus's names and aliases of people, organisations and regions, resolved to one
/// entity each (`"Zelenskyy"` → `person:zelensky`), for alias-aware string equality.
///
/// Built on first use from a folded-name dictionary. A canonical name beats another
/// entity's alias; a name two entities share resolves to neither (never a guess).
public final class CorpusAliases: NameAliases {
  private let source: @Sendable () -> Corpus
  private let table = Mutex<[String: String]?>(nil)

  /// Resolves against the corpus `source` returns, read once on the first lookup.
  public init(_ source: @escaping @Sendable () -> Corpus) { self.source = source }

  public convenience init(corpus: Corpus) { self.init { corpus } }

  /// The entity a name denotes; a name with a title before it ("President Zelensky")
  /// that is not itself listed resolves as the name without the title.
  public func canonical(_ name: String) -> String? {
    let key = Self.key(name)
    guard !key.isEmpty else { return nil }
    let table = lookup()
    if let id = table[key] { return id }
    return PersonTitles.stripped(key).flatMap { table[$0] }
  }

  private func lookup() -> [String: String] {
    table.withLock { t in
      if let t { return t }
      let built = Self.build(source())
      t = built
      return built
    }
  }

  /// Folded name → entity id (`person:ID`, `org:ID`, `region:CODE`).
  static func build(_ corpus: Corpus) -> [String: String] {
    var names: [String: String?] = [:]
    var aliases: [String: String?] = [:]
    func put(_ table: inout [String: String?], _ name: String, _ id: String) {
      let k = key(name)
      guard !k.isEmpty else { return }
      if let existing = table[k] {
        if existing != id { table[k] = .some(nil) }
      } else {
        table[k] = .some(id)
      }
    }
    for (prefix, list) in [("person:", corpus.people), ("org:", corpus.organisations)] {
      for p in list {
        put(&names, p.name, prefix + p.id)
        for a in p.aliases { put(&aliases, a, prefix + p.id) }
      }
    }
    for r in corpus.reference.regions {
      for n in [r.name, r.isoName, r.ukrainian] { put(&names, n, "region:" + r.code) }
      for a in r.aliases { put(&aliases, a, "region:" + r.code) }
    }
    var out: [String: String] = [:]
    out.reserveCapacity(names.count + aliases.count)
    for (k, id) in aliases where names[k] == nil {
      if let id { out[k] = id }
    }
    for (k, id) in names {
      if let id { out[k] = id }
    }
    return out
  }

  /// `PersonMatcher.key` ("J.D. Vance" → "j d vance"), with an allocation-light path for ASCII.
  static func key(_ s: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for b in s.utf8 {
      if b >= 0x80 { return PersonMatcher.key(s) }
      if b == 32 || b == 46 || b == 45 || b == 44 {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(32)
        pendingSpace = false
      }
      bytes.append(ASCII.lower(b))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
