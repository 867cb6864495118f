/// "Did you mean": close candidates for a misspelt name, by edit distance.
public enum Suggest {
  /// Candidates within a distance that scales with the word's length, best first,
  /// ties broken alphabetically so the answer is deterministic.
  public static func closest(
    to word: String, in candidates: some Sequence<String>, limit: Int = 3
  )
    -> [String]
  {
    let w = Fold.key(word)
    guard !w.isEmpty else { return [] }
    let maxDistance = max(1, min(3, w.count / 3 + 1))
    var scored: [(Int, String)] = []
    for c in Set(candidates) {
      let k = Fold.key(c)
      let d = distance(w, k)
      if d <= maxDistance || (k.hasPrefix(w) && w.count >= 2) {
        scored.append((k.hasPrefix(w) ? min(d, 1) : d, c))
      }
    }
    scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    return scored.prefix(limit).map(\.1)
  }

  /// Damerau–Levenshtein (optimal string alignment) distance over Characters.
  public static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev2 = [Int](repeating: 0, count: y.count + 1)
    var prev = Array(0...y.count)
    var cur = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      cur[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          cur[j] = min(cur[j], prev2[j - 2] + 1)
        }
      }
      (prev2, prev, cur) = (prev, cur, prev2)
    }
    return prev[y.count]
  }
}
