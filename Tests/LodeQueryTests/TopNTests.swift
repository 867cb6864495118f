import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeQuery

/// Random tables with many ties, nulls, mixed kinds and (sometimes) keys too wide to pack.
private func randomTable(_ rng: inout SplitMix64, rows: Int) -> Table {
  let words = ["a", "B", "b", "Kyïv", "kyiv", "Lviv", ""]
  let huge = Decimal(string: "9000000000000000000") ?? 0
  func cell(_ kind: Int) -> Value {
    switch Int.random(in: 0..<12, using: &rng) {
    case 0: return .null
    case 1 where kind == 2: return .number(huge * Decimal(Int.random(in: -2...2, using: &rng)))
    case 2 where kind == 2: return .string(words[Int.random(in: 0..<words.count, using: &rng)])
    default:
      switch kind {
      case 0: return .int(Int.random(in: -3...3, using: &rng))
      case 1: return .string(words[Int.random(in: 0..<words.count, using: &rng)])
      default: return .number(Decimal(Int.random(in: -50...50, using: &rng)) / 10)
      }
    }
  }
  let mixed = Int.random(in: 0..<3, using: &rng) == 0
  return Table(
    columns: ["a", "b", "c"],
    rows: (0..<rows).map { _ in
      [cell(0), cell(1), mixed ? cell(2) : .number(Decimal(Int.random(in: 0...9, using: &rng)))]
    })
}

@Test func topIndexesEqualTheFullSortsPrefix() {
  var rng = SplitMix64(seed: 2026)
  for _ in 0..<400 {
    let n = Int.random(in: 0...120, using: &rng)
    let t = randomTable(&rng, rows: n)
    let k = Int.random(in: 1...3, using: &rng)
    let columns = (0..<k).map { _ in Int.random(in: 0..<3, using: &rng) }
    let desc = columns.map { _ in Bool.random(using: &rng) }
    let limit = Int.random(in: 0...(n + 3), using: &rng)
    let full = SortCommand.sortedIndexes(t, columns: columns, descending: desc)
    let top = SortCommand.topIndexes(t, columns: columns, descending: desc, limit: limit)
    #expect(top == Array(full.prefix(limit)), "columns \(columns) desc \(desc) limit \(limit)")
    // And the full sort agrees with a stable sort on Value.order, ties in input order.
    let oracle = t.rows.indices.sorted { x, y in
      for (c, d) in zip(columns, desc) {
        let o = Value.order(t.rows[x][c], t.rows[y][c])
        if o != 0 { return d ? o > 0 : o < 0 }
      }
      return x < y
    }
    #expect(full == oracle)
  }
}

@Test func fusedSortLimitPrintsWhatTheStagesRunOneByOnePrint() {
  var rng = SplitMix64(seed: 7)
  for round in 0..<60 {
    let i = makeInterpreter()
    let t = randomTable(&rng, rows: Int.random(in: 0...300, using: &rng))
    i.variables["t"] = .table(t)
    let keys = ["a", "b desc", "c", "a desc, b", "c desc, a, b desc"][round % 5]
    let tail = ["limit \(round % 9)", "first \(round % 7)", "first"][round % 3]
    guard case .value(let sorted) = i.execute("$t | sort \(keys)") else {
      Issue.record("sort failed")
      continue
    }
    i.variables["s"] = sorted.value
    let unfused = show("$s | \(tail)", i)
    #expect(show("$t | sort \(keys) | \(tail)", i) == unfused, "sort \(keys) | \(tail)")
  }
}

@Test func sortThenLimitIsFusedAndFailsExactlyAsUnfused() throws {
  let i = makeInterpreter()
  i.variables["t"] = .table(Table(columns: ["n"], rows: (0..<50).map { [.int(($0 * 37) % 50)] }))
  let line = try i.parse("$t | sort n desc | limit 3")
  let stages = line.pipeline.stages
  let fused = try i.runner().fusedTopN(stages[1], stages[2], input: i.variables["t"] ?? .null)
  #expect(fused?.value.tableValue?.rows == [[.int(49)], [.int(48)], [.int(47)]])
  let bad = try #require(diagnostic("$t | sort n | limit -1", i))
  let alone = try #require(diagnostic("$t | limit -1", i))
  #expect(bad.id == "query.argument.badCount")
  let at = try #require(alone.span)
  #expect(bad.span == SourceSpan(at.start + 9, at.end + 9))
  #expect(diagnostic("$t | sort m | limit 2", i)?.id == "query.unknownField")
}

@Test func boundedHeapKeepsTheSmallest() {
  var rng = SplitMix64(seed: 11)
  for capacity in [0, 1, 2, 5, 40] {
    var heap = BoundedHeap<Int>(capacity: capacity, by: <)
    let xs = (0..<100).map { _ in Int.random(in: 0..<60, using: &rng) }
    for x in xs { heap.insert(x) }
    #expect(heap.sorted() == Array(xs.sorted().prefix(capacity)))
  }
}

@Test func textIDsNumberDistinctStringsInFirstSeenOrder() {
  var rng = SplitMix64(seed: 3)
  let pool =
    [
      "", "a", "kyiv", "Kyïv", "exactly15bytes!", "exactly16bytes!!", "a much longer string than sixteen",
      "zaporizhzhia", "🇺🇦", "a\u{0}b", "a\u{0}", "ab",
    ] + (0..<300).map { "w\($0)" }
  var ids = TextIDs()
  var reference: [String: Int] = [:]
  var order: [String] = []
  for _ in 0..<5_000 {
    let s = pool[Int.random(in: 0..<pool.count, using: &rng)]
    if reference[s] == nil {
      reference[s] = order.count
      order.append(s)
    }
    #expect(ids.id(s) == reference[s])
  }
  #expect(ids.strings == order)
}
