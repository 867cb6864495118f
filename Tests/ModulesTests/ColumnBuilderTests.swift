import LodeCore
import LodeExtract
import LodeModel
import LodeShell
import Testing

/// Every command that can build single columns (`columns`, used by completion) gives, for
/// every column of its schema, exactly the values its full table has there.
@Suite struct ColumnBuilderTests {
  static let commands = ShellModules.all.flatMap { $0.commands }

  static func contexts() -> [Context] {
    let seeds = Context()
    seeds.corpus = CorpusLoader.bundledSeeds()
    let generated = Context()
    generated.corpus = CorpusLoader().extract(
      (0..<6).map { i in
        let text = """
          KYIV, March \(i + 1) (Wire) - "We will sign when it is fair," Olena Koval\(i), a deputy minister, said. \
          Zelensky told lawmakers: "The minerals belong to our people." Ukraine expects $\(i + 2) billion. \
          The talks resumed on February \(i + 10), 2025.
          """
        return (id: "g\(i)", path: "g\(i).txt", raw: text)
      })
    return [seeds, generated]
  }

  @Test func columnsMatchTheFullTable() throws {
    let builders = Self.commands.filter { $0.columns != nil }
    let expected: Set = ["quotes", "people", "orgs", "documents", "sentences", "amounts", "dates", "events"]
    #expect(Set(builders.map(\.name)).isSuperset(of: expected))
    // The rows compared, per command: the seed article's, then the generated corpus's.
    var counts: [String: [Int]] = [:]
    for ctx in Self.contexts() {
      for d in builders {
        let build = try #require(d.columns)
        let call = Invocation(command: d.name)
        let table = try #require(try d.run(call, ctx).value.tableValue)
        counts[d.name, default: []].append(table.count)
        for (c, column) in table.schema.columns.enumerated() {
          let built = try build(call, ctx, [column.name])
          #expect(built == [table.rows.map { $0[c] }], "\(d.name).\(column.name)")
        }
        let names = table.schema.names
        let pair = try build(call, ctx, [names[1], names[0]])
        #expect(pair == [table.rows.map { $0[1] }, table.rows.map { $0[0] }], "\(d.name): two columns, in order")
        #expect(try build(call, ctx, ["no such column"]) == nil)
      }
    }
    #expect(
      counts == [
        "amounts": [6, 6], "dates": [3, 12], "documents": [1, 6], "events": [13, 18], "orgs": [38, 38],
        "people": [25, 31], "quotes": [9, 12], "sentences": [30, 24], "timeline": [13, 18],
      ])
  }
}
