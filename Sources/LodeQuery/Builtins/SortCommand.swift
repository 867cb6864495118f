import Foundation
import LodeCore

/// `sort F [desc], G …`: a stable sort on several keys in `Value.order`.
///
/// Each key column is first reduced to the cheapest comparable form (decimals,
/// folded strings) so a million-row sort does no per-comparison folding.
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
    let keys = idx.enumerated().map { k, c in KeyColumn(t, column: c, descending: k < desc.count && desc[k]) }
    try context.checkCancelled()
    let order = Array(t.rows.indices).sorted { a, b in
      for key in keys {
        let c = key.compare(a, b)
        if c != 0 { return c < 0 }
      }
      return a < b
    }
    return CommandOutput(.table(Table(schema: t.schema, rows: order.map { t.rows[$0] })))
  }

  /// One sort key's column in its fastest comparable form.
  struct KeyColumn {
    enum Storage {
      case decimals([Decimal])
      case strings(keys: [String], raw: [String])
      case values([Value])
    }
    var storage: Storage
    var descending: Bool

    init(_ t: Table, column c: Int, descending: Bool) {
      self.descending = descending
      let column = t.rows.map { c < $0.count ? $0[c] : Value.null }
      var decimals: [Decimal] = []
      var strings: [String] = []
      var allNumbers = true
      var allStrings = true
      for v in column {
        switch v {
        case .number(let d): if allNumbers { decimals.append(d) }; allStrings = false
        case .string(let s): if allStrings { strings.append(s) }; allNumbers = false
        default: allNumbers = false; allStrings = false
        }
        if !allNumbers && !allStrings { break }
      }
      if allNumbers && !column.isEmpty {
        storage = .decimals(decimals)
      } else if allStrings && !column.isEmpty {
        storage = .strings(keys: strings.map(Fold.key), raw: strings)
      } else {
        storage = .values(column)
      }
    }

    func compare(_ a: Int, _ b: Int) -> Int {
      let c: Int
      switch storage {
      case .decimals(let d): c = d[a] == d[b] ? 0 : (d[a] < d[b] ? -1 : 1)
      case .strings(let keys, let raw):
        if keys[a] != keys[b] {
          c = keys[a] < keys[b] ? -1 : 1
        } else {
          c = raw[a] == raw[b] ? 0 : (raw[a] < raw[b] ? -1 : 1)
        }
      case .values(let v): c = Value.order(v[a], v[b])
      }
      return descending ? -c : c
    }
  }
}
