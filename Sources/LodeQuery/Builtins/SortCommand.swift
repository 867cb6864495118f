import Foundation
import LodeCore

/// `sort F [desc], G …`: a stable sort on several keys in `Value.order`.
///
/// Keys become integer ranks first (`SortKeys`); followed by `limit N` or `first N`, the
/// pipeline runs `topIndexes` instead, which keeps N rows in a heap rather than sorting all.
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
    let (idx, desc) = try keys(call, t)
    try context.checkCancelled()
    let order = sortedIndexes(t, columns: idx, descending: desc)
    return CommandOutput(.table(Table(schema: t.schema, rows: order.map { t.rows[$0] })))
  }

  /// The key columns of a `sort` call in `t`, and whether each is descending.
  static func keys(_ call: Invocation, _ t: Table) throws(Diagnostic) -> (columns: [Int], descending: [Bool]) {
    let idx = try call.columnIndexes("fields", in: t)
    let desc = call.fieldDescending("fields")
    return (idx, idx.indices.map { $0 < desc.count && desc[$0] })
  }

  /// Row indexes in sorted order (ties broken by input position).
  static func sortedIndexes(_ t: Table, columns: [Int], descending: [Bool]) -> [Int] {
    let keys = SortKeys(t, columns: columns, descending: descending)
    if var packed = keys.packed() {
      packed.sort()
      let count = Int64(max(1, t.count))
      return packed.map { Int($0 % count) }
    }
    var order = Array(0..<t.count)
    keys.withOrder { less in order.sort(by: less) }
    return order
  }

  /// The first `limit` indexes of `sortedIndexes`, found with a bounded heap: O(n log N)
  /// comparisons and no n-row result, with exactly the same rows in the same order.
  static func topIndexes(_ t: Table, columns: [Int], descending: [Bool], limit: Int) -> [Int] {
    let n = t.count
    guard limit > 0, n > 0 else { return [] }
    if limit >= n / 4 {
      return Array(sortedIndexes(t, columns: columns, descending: descending).prefix(limit))
    }
    let keys = SortKeys(t, columns: columns, descending: descending)
    if let packed = keys.packed() {
      var heap = BoundedHeap<Int64>(capacity: limit, by: <)
      for v in packed { heap.insert(v) }
      let count = Int64(n)
      return heap.sorted().map { Int($0 % count) }
    }
    return keys.withOrder { order in
      withoutActuallyEscaping(order) { less in
        var heap = BoundedHeap<Int>(capacity: limit, by: less)
        for i in 0..<n { heap.insert(i) }
        return heap.sorted()
      }
    }
  }
}
