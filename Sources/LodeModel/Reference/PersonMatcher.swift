import LodeCore

/// Finds people (or organisations) by any name an analyst types: full name, alias,
/// surname alone, another spelling, or a near miss ("Zelenskyy" → Volodymyr Zelensky).
///
/// Shared by the quote and timeline modules so `said X` and `timeline X` agree.
public struct PersonMatcher: Sendable {
  public let people: [Person]

  public init(_ people: [Person]) { self.people = people }

  /// The best-matching people: exact names and aliases first, then single name words
  /// (a surname), then close spellings (`approximate`). Empty when nothing is close.
  /// Titles before the name ("President", "Prime Minister") are dropped when the whole
  /// text names nobody (`PersonTitles`).
  public func match(_ query: String) -> (people: [Person], approximate: Bool) {
    let whole = PersonMatcher.key(query)
    guard !whole.isEmpty else { return ([], false) }
    if let bare = PersonTitles.stripped(whole), !exact(whole) {
      return match(key: bare)
    }
    return match(key: whole)
  }

  /// Whether a folded name is exactly some person's name, alias or id.
  private func exact(_ q: String) -> Bool {
    people.contains { p in names(p).contains(q) || PersonMatcher.key(p.id) == q }
  }

  private func match(key q: String) -> (people: [Person], approximate: Bool) {
    let exact = people.filter { p in names(p).contains(q) || PersonMatcher.key(p.id) == q }
    if !exact.isEmpty { return (exact, false) }
    let word = people.filter { p in names(p).contains { $0.split(separator: " ").contains(Substring(q)) } }
    if !word.isEmpty { return (word, false) }
    let limit = q.count <= 4 ? 0 : (q.count <= 7 ? 1 : 2)
    var best = Int.max
    var hits: [Person] = []
    for p in people {
      let candidates = names(p).flatMap { [$0] + $0.split(separator: " ").map(String.init) }
      let d = candidates.map { Suggest.distance(q, $0) }.min() ?? Int.max
      if d < best {
        best = d
        hits = [p]
      } else if d == best {
        hits.append(p)
      }
    }
    return best <= limit ? (hits, true) : ([], false)
  }

  /// Close names for a "did you mean" when nothing matched.
  public func suggestions(_ query: String) -> [String] {
    Suggest.closest(to: query, in: people.flatMap { [$0.name] + $0.aliases })
  }

  private func names(_ p: Person) -> [String] { ([p.name] + p.aliases).map(PersonMatcher.key) }

  /// Folded, with dots and hyphens as spaces: "J.D. Vance" → "j d vance".
  static func key(_ s: String) -> String {
    Fold.key(s).split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" || $0 == "," })
      .joined(separator: " ")
  }
}
