import LodeCore

/// A constant text prepared once for `~` and `=` against many rows: ASCII rows are
/// matched byte by byte without allocating; other text goes through `Fold.key`.
struct FoldNeedle: Sendable {
  let key: String
  let ascii: [UInt8]?

  init(_ needle: String) {
    key = Fold.key(needle)
    ascii = key.utf8.allSatisfy { $0 < 0x80 } ? Array(key.utf8) : nil
  }

  /// `s ~ needle`: folded containment.
  func isContained(in s: String) -> Bool {
    if let needle = ascii {
      if needle.isEmpty { return true }
      let fast = s.utf8.withContiguousStorageIfAvailable { hay -> Bool? in
        let n = hay.count
        let m = needle.count
        for b in hay where b >= 0x80 { return nil }
        if m > n { return false }
        let first = needle[0]
        var i = 0
        while i <= n - m {
          if ASCII.lower(hay[i]) == first {
            var j = 1
            while j < m && ASCII.lower(hay[i + j]) == needle[j] { j += 1 }
            if j == m { return true }
          }
          i += 1
        }
        return false
      }
      if let fast, let answer = fast { return answer }
    }
    return Fold.keyContains(Fold.key(s), key)
  }

  /// `s = needle` by folded keys.
  func isEqual(to s: String) -> Bool {
    if let needle = ascii {
      let fast = s.utf8.withContiguousStorageIfAvailable { hay -> Bool? in
        for b in hay where b >= 0x80 { return nil }
        guard hay.count == needle.count else { return false }
        for i in 0..<hay.count where ASCII.lower(hay[i]) != needle[i] { return false }
        return true
      }
      if let fast, let answer = fast { return answer }
    }
    return Fold.key(s) == key
  }
}
