import LodeCore

/// The keys of a multi-field sort, reduced to integers: per key column, ranks that order
/// like `Value.order` (negated for `desc`); ties are broken by row position, so every
/// order built on them is stable and total.
///
/// A million-row sort then does no per-comparison folding or decimal arithmetic.
struct SortKeys {
  let rows: Int
  let keys: Int
  /// Key-major: the rank of row i under key k is `ranks[k * rows + i]`.
  private(set) var ranks: [Int64]

  init(_ t: Table, columns: [Int], descending: [Bool]) {
    rows = t.count
    keys = columns.count
    var all: [Int64] = []
    all.reserveCapacity(rows * keys)
    for (key, c) in columns.enumerated() {
      let r = SortKeys.rankColumn(t.rows, c)
      if key < descending.count, descending[key] { all += r.lazy.map { -$0 } } else { all += r }
    }
    ranks = all
  }

  /// One Int64 per row encoding (key₁, key₂, …, position), so comparing the integers
  /// compares rows; nil when the key spans do not fit together in 63 bits.
  func packed() -> [Int64]? {
    let n = rows
    guard n > 0 else { return [] }
    var mins: [Int64] = []
    var spans: [Int64] = []
    for key in 0..<keys {
      var lo = Int64.max
      var hi = Int64.min
      for i in 0..<n {
        let r = ranks[key * n + i]
        lo = min(lo, r)
        hi = max(hi, r)
      }
      let (span, o1) = hi.subtractingReportingOverflow(lo)
      guard !o1, span < Int64.max else { return nil }
      mins.append(lo)
      spans.append(span + 1)
    }
    var strides = [Int64](repeating: 0, count: keys)
    var total = Int64(n)
    for key in stride(from: keys - 1, through: 0, by: -1) {
      strides[key] = total
      let (t, o) = total.multipliedReportingOverflow(by: spans[key])
      guard !o else { return nil }
      total = t
    }
    var out = [Int64](repeating: 0, count: n)
    ranks.withUnsafeBufferPointer { r in
      for i in 0..<n {
        var v = Int64(i)
        for key in 0..<keys { v += (r[key * n + i] - mins[key]) * strides[key] }
        out[i] = v
      }
    }
    return out
  }

  /// Calls `body` with a strict order on row indexes: keys in turn, then position.
  func withOrder<R>(_ body: ((Int, Int) -> Bool) -> R) -> R {
    let n = rows
    let k = keys
    return ranks.withUnsafeBufferPointer { r in
      body { a, b in
        var key = 0
        while key < k {
          let x = r[key * n + a]
          let y = r[key * n + b]
          if x != y { return x < y }
          key += 1
        }
        return a < b
      }
    }
  }

  /// Integer ranks that order like `Value.order`: exact scaled integers for decimal
  /// columns, else positions among the sorted distinct values.
  static func rankColumn(_ rows: [[Value]], _ c: Int) -> [Int64] {
    if let ints = rankNumbers(rows, c) { return ints }
    if let ranks = rankStrings(rows, c) { return ranks }
    let column = rows.map { c < $0.count ? $0[c] : Value.null }
    // Distinct values in order of first appearance (a Dictionary's own order changes from
    // one process to the next), then sorted stably.
    var distinct: [Value: Int64] = [:]
    var firsts: [Value] = []
    for v in column where distinct[v] == nil {
      distinct[v] = 0
      firsts.append(v)
    }
    let sorted = firsts.sorted { Value.order($0, $1) < 0 }
    var rank: Int64 = 0
    for (i, v) in sorted.enumerated() {
      if i > 0, Value.order(sorted[i - 1], v) != 0 { rank += 1 }
      distinct[v] = rank
    }
    return column.map { distinct[$0] ?? 0 }
  }

  /// For a column of numbers only, each as an exact integer at the column's smallest
  /// exponent; nil when a cell is not a number or a value does not fit in 63 bits.
  static func rankNumbers(_ rows: [[Value]], _ c: Int) -> [Int64]? {
    var mantissas: [Int64] = []
    var exponents: [Int8] = []
    mantissas.reserveCapacity(rows.count)
    exponents.reserveCapacity(rows.count)
    var lo = Int.max
    var hi = Int.min
    for row in rows {
      guard c < row.count, case .number(let d) = row[c], let (m, e) = FastDecimal.parts(d) else { return nil }
      mantissas.append(m)
      exponents.append(Int8(truncatingIfNeeded: e))
      lo = min(lo, e)
      hi = max(hi, e)
    }
    if lo == hi { return mantissas }
    for i in mantissas.indices {
      guard let x = FastDecimal.scale(mantissas[i], by: Int(exponents[i]) - lo) else { return nil }
      mantissas[i] = x
    }
    return mantissas
  }

  /// Ranks for a column of text only: distinct strings are sorted once (folded, then exact).
  static func rankStrings(_ rows: [[Value]], _ c: Int) -> [Int64]? {
    var ids = TextIDs()
    var raw: [Int32] = []
    raw.reserveCapacity(rows.count)
    for row in rows {
      guard c < row.count, case .string(let s) = row[c] else { return nil }
      raw.append(Int32(truncatingIfNeeded: ids.id(s)))
    }
    let distinct = ids.strings
    let keys = distinct.map(Fold.key)
    let sorted = distinct.indices.sorted { a, b in
      keys[a] != keys[b] ? keys[a] < keys[b] : distinct[a] < distinct[b]
    }
    var rankOf = [Int64](repeating: 0, count: distinct.count)
    for (rank, id) in sorted.enumerated() { rankOf[id] = Int64(rank) }
    return raw.map { rankOf[Int($0)] }
  }
}
