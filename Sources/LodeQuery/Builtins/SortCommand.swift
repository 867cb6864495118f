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
      let column = t.rows.map { c < $0.count ? $0[c] : Value.null }
      let r = rankColumn(column)
      for i in 0..<n { ranks[key * n + i] = descending[key] ? -r[i] : r[i] }
    }
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

  /// Integer ranks that order like `Value.order`: exact scaled integers for decimal
  /// columns, else positions among the sorted distinct values.
  static func rankColumn(_ column: [Value]) -> [Int64] {
    var decimals: [Decimal] = []
    decimals.reserveCapacity(column.count)
    for v in column {
      guard case .number(let d) = v else { break }
      decimals.append(d)
    }
    if decimals.count == column.count, let ints = FastDecimal.commonScale(decimals) { return ints }
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
}
