import LodeCore
import Synchronization
import Testing

@testable import LodeQuery

/// Counts how often a test command ran.
final class RunCounter: Sendable {
  let count = Atomic<Int>(0)
  func tick() { count.add(1, ordering: .relaxed) }
  var value: Int { count.load(ordering: .relaxed) }
}

/// An interpreter with `src`, a pure table command that declares its schema and counts its runs.
func countingInterpreter(_ counter: RunCounter) -> Interpreter {
  var registry = QueryBuiltins.registry()
  let schema = Schema([.init("name", .string), .init("n", .number), .init("doc", .string, hidden: true)])
  let src = CommandDescriptor(
    name: "src", module: "test", summary: "counted",
    signature: Signature([], input: .null, output: .table), outputSchema: schema
  ) { _, _ in
    counter.tick()
    return CommandOutput(
      .table(
        Table(
          schema: schema,
          rows: [[.string("Kyiv"), .int(1), .string("d1")], [.string("Lviv"), .int(2), .string("d2")]])))
  }
  try? registry.register([src])
  return Interpreter(registry: registry, context: Context())
}

/// Completion remembers upstream tables between Tab presses; these check it never answers
/// from a table that has since changed.
@Suite struct CompletionCacheTests {
  func values(_ i: Interpreter, _ line: String) -> [String] {
    i.complete(line, cursor: line.unicodeScalars.count).candidates.map(\.text)
  }

  @Test func aReassignedVariableIsSeenAtTheNextTab() {
    let i = makeInterpreter()
    _ = i.execute("let t = range 3")
    #expect(values(i, "$t | where n = \"") == ["\"1\"", "\"2\"", "\"3\""])
    #expect(values(i, "$t | where n = \"") == ["\"1\"", "\"2\"", "\"3\""])
    _ = i.execute("let t = range 2")
    #expect(values(i, "$t | where n = \"") == ["\"1\"", "\"2\""])
  }

  @Test func aChangedServiceIsSeenAtTheNextTab() {
    let i = peopleInterpreter()
    let before = values(i, "people | where name = \"")
    #expect(before.count == 5)
    let version = i.context.servicesVersion
    i.context.setService("anything", 1)
    #expect(i.context.servicesVersion > version)
    #expect(values(i, "people | where name = \"") == before)
  }

  @Test func fieldsComeFromTheCacheAfterTheFirstTab() {
    let i = peopleInterpreter()
    let first = values(i, "people | where ")
    #expect(first.contains("name"))
    #expect(values(i, "people | where ") == first)
  }

  @Test func fieldNamesComeFromTheDeclaredSchemaWithoutRunningTheUpstream() {
    let counter = RunCounter()
    let i = countingInterpreter(counter)
    #expect(values(i, "src | where ").prefix(3) == ["name", "n", "doc"])
    #expect(values(i, "src | sort n | select name, doc | where ").prefix(2) == ["name", "doc"])
    #expect(values(i, "src | where n > 1 | sort ").prefix(3) == ["name", "n", "doc"])
    #expect(counter.value == 0)
    #expect(values(i, "src | where name = \"") == ["\"Kyiv\"", "\"Lviv\""])
    #expect(counter.value == 1)
    #expect(values(i, "src | where name = \"L") == ["\"Lviv\""])
    #expect(counter.value == 1)
  }

  @Test func anUndeclaredSchemaIsStillFoundByRunningThePureUpstream() {
    let counter = RunCounter()
    let i = countingInterpreter(counter)
    #expect(values(i, "src | group by name | where ").contains("count"))
    #expect(counter.value == 1)
  }

  @Test func valueCompletionSortsLikeValueOrder() {
    let t = Table(columns: ["s"], rows: ["b", "Á", "a", "B", "a", "ä"].map { [.string($0)] })
    let texts = Completer.distinct(t, column: 0).map(\.text)
    #expect(texts == ["b", "Á", "a", "B", "ä"].sorted { Value.order(.string($0), .string($1)) < 0 })
  }
}

/// `CMD | count` for a command with a column builder counts one built column and never runs
/// the command; without a builder, or when the builder cannot, the command runs.
@Suite struct SourceCountFusionTests {
  func interpreter(_ runs: RunCounter, builds: RunCounter, builder: Bool, rows: Int) -> Interpreter {
    var registry = QueryBuiltins.registry()
    let schema = Schema([.init("id", .string), .init("n", .number)])
    var src = CommandDescriptor(
      name: "src", module: "test", summary: "counted",
      signature: Signature([], input: .null, output: .table), outputSchema: schema
    ) { _, _ in
      runs.tick()
      return CommandOutput(.table(Table(schema: schema, rows: (0..<rows).map { [.string("r\($0)"), .int($0)] })))
    }
    if builder {
      src = src.building { _, _, names in
        builds.tick()
        guard names == ["id"] else { return nil }
        return [(0..<rows).map { .string("r\($0)") }]
      }
    }
    try? registry.register([src])
    return Interpreter(registry: registry, context: Context())
  }

  func value(_ e: Execution) -> Value? {
    if case .value(let out) = e { return out.value }
    return nil
  }

  @Test func countOfABuildableCommandBuildsOneColumn() {
    let (runs, builds) = (RunCounter(), RunCounter())
    let i = interpreter(runs, builds: builds, builder: true, rows: 7)
    #expect(value(i.execute("src | count")) == .int(7))
    #expect(runs.value == 0)
    #expect(builds.value == 1)
    #expect(value(i.execute("src | where n > 2 | count")) == .int(4))
    #expect(runs.value == 1)
  }

  @Test func withoutABuilderTheCommandRuns() {
    let (runs, builds) = (RunCounter(), RunCounter())
    let i = interpreter(runs, builds: builds, builder: false, rows: 5)
    #expect(value(i.execute("src | count")) == .int(5))
    #expect(runs.value == 1)
    #expect(builds.value == 0)
  }
}
