/// A small line diff (longest common subsequence) printed as unified-diff hunks with
/// file line numbers, so a mismatch points at the exact lines of a transcript.
public enum UnifiedDiff {
  /// One line of an edit script: kept, removed from the expected, or added by the actual.
  enum Edit: Equatable {
    case keep(String)
    case remove(String)
    case add(String)
  }

  /// Largest number of line pairs compared exactly; beyond it the whole block is replaced.
  static let maxCells = 4_000_000

  /// Hunks (`@@ -a,b +c,d @@` then ` `/`-`/`+` lines) turning `expected` into `actual`;
  /// line numbers start at `firstLine` on both sides. Empty when they are equal.
  public static func hunks(
    expected: [String], actual: [String], firstLine: Int = 1, context: Int = 3
  ) -> [String] {
    let edits = editScript(expected, actual)
    let changed = edits.indices.filter { edits[$0].isAdd || edits[$0].isRemove }
    guard !changed.isEmpty else { return [] }
    // Changes within 2*context kept lines of each other share a hunk.
    var groups: [(Int, Int)] = []
    for i in changed {
      if let last = groups.last, i - last.1 <= 2 * context + 1 {
        groups[groups.count - 1].1 = i
      } else {
        groups.append((i, i))
      }
    }
    // Line numbers before each edit index.
    var oldLine = [Int](repeating: 0, count: edits.count + 1)
    var newLine = [Int](repeating: 0, count: edits.count + 1)
    for (i, e) in edits.enumerated() {
      oldLine[i + 1] = oldLine[i] + (e.isAdd ? 0 : 1)
      newLine[i + 1] = newLine[i] + (e.isRemove ? 0 : 1)
    }
    var out: [String] = []
    for (first, last) in groups {
      let lo = max(0, first - context)
      let hi = min(edits.count, last + context + 1)
      let oldCount = oldLine[hi] - oldLine[lo]
      let newCount = newLine[hi] - newLine[lo]
      let old = range(oldLine[lo] + firstLine, oldCount)
      let new = range(newLine[lo] + firstLine, newCount)
      out.append("@@ -\(old) +\(new) @@")
      for e in edits[lo..<hi] {
        switch e {
        case .keep(let s): out.append(" " + s)
        case .remove(let s): out.append("-" + s)
        case .add(let s): out.append("+" + s)
        }
      }
    }
    return out
  }

  /// `start,count` as unified diffs write it: `,1` omitted, an empty side starts one earlier.
  static func range(_ start: Int, _ count: Int) -> String {
    switch count {
    case 0: "\(start - 1),0"
    case 1: "\(start)"
    default: "\(start),\(count)"
    }
  }

  /// The edit script from an LCS table; removals come before additions in a change.
  static func editScript(_ a: [String], _ b: [String]) -> [Edit] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let x = Array(a[prefix..<(a.count - suffix)])
    let y = Array(b[prefix..<(b.count - suffix)])
    var middle: [Edit] = []
    if x.count * y.count > maxCells || x.isEmpty || y.isEmpty {
      middle = x.map(Edit.remove) + y.map(Edit.add)
    } else {
      let n = x.count
      let m = y.count
      // lcs[i][j] = LCS length of x[i...] and y[j...]
      var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < n || j < m {
        if i < n, j < m, x[i] == y[j] {
          middle.append(.keep(x[i]))
          i += 1
          j += 1
        } else if j < m, i == n || lcs[i][j + 1] > lcs[i + 1][j] {
          middle.append(.add(y[j]))
          j += 1
        } else {
          middle.append(.remove(x[i]))
          i += 1
        }
      }
    }
    return a[0..<prefix].map(Edit.keep) + middle + a[(a.count - suffix)...].map(Edit.keep)
  }
}

extension UnifiedDiff.Edit {
  var isAdd: Bool { if case .add = self { true } else { false } }
  var isRemove: Bool { if case .remove = self { true } else { false } }
}
