import Foundation
import LodeCore

/// `sort F [desc], G …`: a stable sort on several keys in `Value.order`.
///
/// Each key column is first reduced to integer ranks, so a million-row sort does
/// no per-comparison folding or decimal arithmetic.
enum SortCommand {
  static let descriptor = CommandDescriptor(
    name: "sort", module: "core", summary: "Order rows by one or more fields (`desc` to reverse)",
    discussion: "Ties keep their input order; nulls sort first (last with `desc`).",
    signature: Signature(
      [Parameter("fields", .fields, help: "field [desc], …", completion: .fields)],
      input: .table, output: .table),
    examples: [Example("Largest first", "range 3 | sort n desc | to csv", output: "n\n3\n2\n1")]
  ) { call, context throws(Diagnostic) in
    let t = try call.inputTable()
    let idx = try call.columnIndexes("fields", in: t)
    let desc = call.fieldDescending("fields")
    try context.checkCancelled()
    let order = sortedIndexes(t, columns: idx, descending: idx.indices.map { $0 < desc.count && desc[$0] })
    return CommandOutput(.table(Table(schema: t.schema, rows: order.map { t.rows[$0] })))
  }

  /// Row indexes in sorted order: each key column becomes integer ranks first, so the
  /// sort itself compares plain integers (ties broken by input position).
  static func sortedIndexes(_ t: Table, columns: [Int], descending: [Bool]) -> [Int] {
    let n = t.count
    let k = columns.count
    let ranks = UnsafeMutableBufferPointer<Int64>.allocate(capacity: max(1, n * k))
    defer { ranks.deallocate() }
    for (key, c) in columns.enumerated() {
      let r = rankColumn(t.rows, c)
      for i in 0..<n { ranks[key * n + i] = descending[key] ? -r[i] : r[i] }
    }
    if let packed = packedOrder(ranks, keys: k, rows: n) { return packed }
    let base = ranks.baseAddress
    var order = Array(0..<n)
    guard let base else { return order }
    order.sort { a, b in
      var key = 0
      while key < k {
        let x = base[key * n + a]
        let y = base[key * n + b]
        if x != y { return x < y }
        key += 1
      }
      return a < b
    }
    return order
  }

  /// When all keys and the row position fit in one Int64, sorts those plain integers
  /// (key₁, key₂, …, position) — the fastest exact and stable order.
  static func packedOrder(_ ranks: UnsafeMutableBufferPointer<Int64>, keys k: Int, rows n: Int) -> [Int]? {
    guard n > 0 else { return [] }
    var mins: [Int64] = []
    var strides: [Int64] = Array(repeating: 0, count: k)
    var total = Int64(n)
    var spans: [Int64] = []
    for key in 0..<k {
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
    for key in stride(from: k - 1, through: 0, by: -1) {
      strides[key] = total
      let (t, o) = total.multipliedReportingOverflow(by: spans[key])
      guard !o else { return nil }
      total = t
    }
    var packed = [Int64](repeating: 0, count: n)
    for i in 0..<n {
      var v = Int64(i)
      for key in 0..<k { v += (ranks[key * n + i] - mins[key]) * strides[key] }
      packed[i] = v
    }
    packed.sort()
    let count = Int64(n)
    return packed.map { Int($0 % count) }
  }

  /// Integer ranks that order like `Value.order`: exact scaled integers for decimal
  /// columns, else positions among the sorted distinct values.
  static func rankColumn(_ rows: [[Value]], _ c: Int) -> [Int64] {
    var decimals: [Decimal] = []
    decimals.reserveCapacity(rows.count)
    for row in rows {
      guard c < row.count, case .number(let d) = row[c] else { break }
      decimals.append(d)
    }
    if decimals.count == rows.count, let ints = FastDecimal.commonScale(decimals) { return ints }
    if let ranks = rankStrings(rows, c) { return ranks }
    let column = rows.map { c < $0.count ? $0[c] : Value.null }
    var distinct: [Value: Int64] = [:]
    for v in column where distinct[v] == nil { distinct[v] = 0 }
    let sorted = distinct.keys.sorted { Value.order($0, $1) < 0 }
    var rank: Int64 = 0
    for (i, v) in sorted.enumerated() {
      if i > 0, Value.order(sorted[i - 1], v) != 0 { rank += 1 }
      distinct[v] = rank
    }
    return column.map { distinct[$0] ?? 0 }
  }

  /// Ranks for a column of text only: distinct strings are sorted once (folded, then exact).
  static func rankStrings(_ rows: [[Value]], _ c: Int) -> [Int64]? {
    var ids: [String: Int] = [:]
    var distinct: [String] = []
    var raw: [Int] = []
    raw.reserveCapacity(rows.count)
    for row in rows {
      guard c < row.count, case .string(let s) = row[c] else { return nil }
      if let id = ids[s] {
        raw.append(id)
      } else {
        ids[s] = distinct.count
        raw.append(distinct.count)
        distinct.append(s)
      }
    }
    let keys = distinct.map(Fold.key)
    let sorted = distinct.indices.sorted { a, b in
      keys[a] != keys[b] ? keys[a] < keys[b] : distinct[a] < distinct[b]
    }
    var rankOf = [Int64](repeating: 0, count: distinct.count)
    for (rank, id) in sorted.enumerated() { rankOf[id] = Int64(rank) }
    return raw.map { rankOf[$0] }
  }
}
