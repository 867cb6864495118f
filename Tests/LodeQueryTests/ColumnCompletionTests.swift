import LodeCore
import LodeTestSupport
import Synchronization
import Testing

@testable import LodeQuery

/// The rows a test source reads from its context, so a test can change them between Tabs.
final class SourceRows: Sendable {
  let rows: [[Value]]
  init(_ rows: [[Value]]) { self.rows = rows }
}

/// Counts the full runs and the column builds of a test source.
final class SourceCalls: Sendable {
  let runs = Atomic<Int>(0)
  let builds = Atomic<Int>(0)
}

/// An interpreter with `src` (name, n): its rows come from the context service "rows"; with
/// `columns`, it can build one column without the table, as `quotes` and `people` do.
func columnSourceInterpreter(_ rows: [[Value]], calls: SourceCalls, columns: Bool) -> Interpreter {
  var registry = QueryBuiltins.registry()
  let schema = Schema([.init("name", .string), .init("n", .number)])
  var src = CommandDescriptor(
    name: "src", module: "test", summary: "rows from the context",
    signature: Signature([], input: .null, output: .table), outputSchema: schema
  ) { _, ctx in
    calls.runs.add(1, ordering: .relaxed)
    return CommandOutput(.table(Table(schema: schema, rows: ctx.service("rows", as: SourceRows.self)?.rows ?? [])))
  }
  if columns {
    src = src.building { _, ctx, names in
      calls.builds.add(1, ordering: .relaxed)
      let rows = ctx.service("rows", as: SourceRows.self)?.rows ?? []
      return Table.columns(rows, schema: schema, names: names) { row, c in row[c] }
    }
  }
  try? registry.register([src])
  let i = Interpreter(registry: registry, context: Context())
  i.context.setService("rows", SourceRows(rows))
  return i
}

/// Value completion from a source's column builder: the same candidates as from the whole
/// table, never stale after the data changes, and the table is not built for it.
@Suite struct ColumnCompletionTests {
  static let names = [
    "Volodymyr Zelensky", "Zelenskyy", "zelensky", "Київ", "Kyïv", "Kyiv", "Ölgas", "e\u{301}clair", "éclair",
    "", "Donald Trump", "Zelenskyy", "Scott Bessent", "DONALD", "don",
  ]

  static func rows(_ names: [String]) -> [[Value]] {
    names.enumerated().map { i, n in [i % 5 == 4 ? .null : .string(n), .int(i % 3)] }
  }

  func values(_ i: Interpreter, _ line: String) -> [String] {
    i.complete(line, cursor: line.unicodeScalars.count).candidates.map(\.text)
  }

  @Test func theColumnGivesTheSameCandidatesAsTheTable() {
    for typed in ["", "zel", "Z", "kyi", "é", "e", "do", "ky", "nobody"] {
      let built = SourceCalls()
      let ran = SourceCalls()
      let fromColumn = columnSourceInterpreter(Self.rows(Self.names), calls: built, columns: true)
      let fromTable = columnSourceInterpreter(Self.rows(Self.names), calls: ran, columns: false)
      let line = "src | where name = \"" + typed
      #expect(values(fromColumn, line) == values(fromTable, line), "typed \(typed)")
      #expect(built.builds.load(ordering: .relaxed) == 1)
      #expect(built.runs.load(ordering: .relaxed) == 0)
      #expect(ran.runs.load(ordering: .relaxed) == 1)
    }
    let i = columnSourceInterpreter(Self.rows(Self.names), calls: SourceCalls(), columns: true)
    #expect(values(i, "src | where n = \"") == ["\"0\"", "\"1\"", "\"2\""])
  }

  @Test func aNewCorpusIsSeenAtTheNextTab() {
    let calls = SourceCalls()
    let i = columnSourceInterpreter(Self.rows(["Taras Koval", "Olena Shevchuk"]), calls: calls, columns: true)
    #expect(values(i, "src | where name = \"") == ["\"Olena Shevchuk\"", "\"Taras Koval\""])
    #expect(values(i, "src | where name = \"") == ["\"Olena Shevchuk\"", "\"Taras Koval\""])
    #expect(calls.builds.load(ordering: .relaxed) == 1)
    i.context.setService("rows", SourceRows(Self.rows(["Iryna Bondar", "Taras Koval"])))
    #expect(values(i, "src | where name = \"") == ["\"Iryna Bondar\"", "\"Taras Koval\""])
    #expect(calls.builds.load(ordering: .relaxed) == 2)
  }

  @Test func aLongerUpstreamStillFiltersItsRows() {
    let calls = SourceCalls()
    let i = columnSourceInterpreter(Self.rows(Self.names), calls: calls, columns: true)
    let line = "src | where n = 2 | where name = \""
    let expected = Self.rows(Self.names).filter { $0[1] == .int(2) }.compactMap(\.[0].stringValue)
    #expect(Set(values(i, line)) == Set(expected.map { Printer.quote($0) }))
    #expect(calls.runs.load(ordering: .relaxed) == 1)
  }

  @Test func byteMatchingAnswersAsTheStringTestsDo() {
    var rng = SplitMix64(seed: 7)
    let pieces = ["a", "b", "Z", "zel", "é", "e\u{301}", "ï", "к", " ", "'", "ab", "\t", "🇺🇦"]
    func word() -> String {
      (0..<Int(rng.next() % 5)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
    }
    // Folded, as completion compares them. No NUL: Foundation's `contains` ends strings
    // there ("eabzel" contains "zel\0") and traps on "é\0"; the byte path does neither.
    for _ in 0..<2_000 {
      let key = Fold.key(word())
      let hay = Fold.key(word())
      let expected: KeyMatch.Place? = hay.hasPrefix(key) ? .prefix : (hay.contains(key) ? .inside : nil)
      #expect(KeyMatch(key).match(hay) == expected, "\(key.debugDescription) in \(hay.debugDescription)")
    }
    let values: CompletionCache.Values = (0..<500).map { _ in
      let t = word()
      return (t, Fold.key(t))
    }
    let naive = values.sorted { $0.key != $1.key ? $0.key < $1.key : $0.text < $1.text }
    #expect(SortKey.sorted(values).map(\.text) == naive.map(\.text))
  }

  /// Foundation's `contains` traps when the typed key holds a NUL and the value is not
  /// ASCII (found by the query fuzz target in `where amount > '2\0…` completion).
  @Test func keysWithNULNeitherTrapNorMatchEarly() {
    #expect(KeyMatch("2\u{0}").match("-₴2") == nil)
    #expect(KeyMatch("2\u{0}\u{0}").match("₴2\u{0}\u{0}") == .inside)
    #expect(KeyMatch("zel\u{0}").match("eabzel") == nil)
    #expect(KeyMatch("к\u{0}").match("кк") == nil)
    #expect(KeyMatch("кк").match("акк") == .inside)
  }

  @Test func asciiFoldingIsLowercasing() {
    var rng = SplitMix64(seed: 11)
    for _ in 0..<500 {
      let s = String(decoding: (0..<Int(rng.next() % 20)).map { _ in UInt8(rng.next() % 128) }, as: UTF8.self)
      #expect(Fold.key(s) == s.lowercased())
    }
  }
}
