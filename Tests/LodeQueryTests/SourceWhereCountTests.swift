import LodeCore
import Synchronization
import Testing

@testable import LodeQuery

/// `CMD | where CONDITION | count` for a command with a column builder counts on the columns
/// the condition reads: the same answers and errors as the stages run one by one, without
/// the command building its table.
struct SourceWhereCountTests {
  /// How many times `staff` built its whole table.
  final class Runs: Sendable {
    let count = Mutex(0)
  }

  static let schema = Schema([
    .init("name", .string), .init("country", .string), .init("age", .number), .init("doc", .string, hidden: true),
  ])
  static let rows: [[Value]] = [
    [.string("Volodymyr Zelensky"), .string("Ukraine"), .int(47), .string("d1")],
    [.string("Donald Trump"), .string("USA"), .int(79), .string("d2")],
    [.string("Yulia Svyrydenko"), .string("Ukraine"), .int(40), .string("d1")],
    [.string("Scott Bessent"), .string("USA"), .int(63), .string("d3")],
  ]

  /// `staff` (with a column builder) and `plain` (the same table, without one); `runs`
  /// counts the times `staff` built its whole table.
  static func interpreter(_ runs: Runs) -> Interpreter {
    var registry = QueryBuiltins.registry()
    let table = Table(schema: schema, rows: rows)
    let staff = CommandDescriptor(
      name: "staff", module: "test", summary: "test staff", signature: Signature([], input: .null, output: .table),
      outputSchema: schema
    ) { _, _ in
      runs.count.withLock { $0 += 1 }
      return CommandOutput(.table(table))
    }.building { _, _, names in Table.columns(rows, schema: schema, names: names) { row, i in row[i] } }
    let plain = CommandDescriptor(
      name: "plain", module: "test", summary: "test staff", signature: Signature([], input: .null, output: .table),
      outputSchema: schema
    ) { _, _ in CommandOutput(.table(table)) }
    try? registry.register([staff, plain])
    return Interpreter(registry: registry, context: Context(settings: Settings(specs: QueryBuiltins.settings)))
  }

  @Test(arguments: [
    ("country = \"Ukraine\"", "2"), ("name ~ \"zel\"", "1"), ("age + 1 >= 64", "2"), ("doc = \"d1\" and age < 45", "1"),
    ("true", "4"), ("age > 100", "0"),
  ])
  func countsWithoutBuildingTheTable(_ condition: String, _ expected: String) {
    let runs = Runs()
    let i = Self.interpreter(runs)
    #expect(show("staff | where \(condition) | count", i) == expected)
    #expect(show("plain | where \(condition) | count", i) == expected)
    #expect(runs.count.withLock { $0 } == 0)
  }

  @Test func errorsAreThoseOfTheStagesOneByOne() throws {
    let runs = Runs()
    let i = Self.interpreter(runs)
    let fused = try #require(diagnostic("staff | where nmae ~ \"a\" | count", i))
    let plain = try #require(diagnostic("plain | where nmae ~ \"a\" | count", i))
    #expect(fused.message == "no field `nmae` in the table flowing into `where`")
    #expect(fused.message == plain.message)
    #expect(fused.suggestions == ["name"])
    let typed = try #require(diagnostic("staff | where name + 1 > 2 | count", i))
    let typedPlain = try #require(diagnostic("plain | where name + 1 > 2 | count", i))
    #expect(typed.id == typedPlain.id)
    #expect(typed.message == typedPlain.message)
    #expect(typed.span == typedPlain.span)
  }
}
