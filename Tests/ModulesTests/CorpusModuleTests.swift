import CorpusModule
import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Testing

/// The Corpus module's tables and `source ID` over the bundled seed corpus.
@Suite struct CorpusModuleTests {
  let ctx: Context = {
    let c = Context()
    c.corpus = CorpusLoader.bundledSeeds()
    return c
  }()

  func run(_ name: String, _ args: [String: Value] = [:]) throws -> Value {
    guard let cmd = CorpusModule.commands.first(where: { $0.name == name }) else {
      throw Diagnostic(.name, id: "test.missing", "no command \(name)")
    }
    return try cmd.run(Invocation(command: name, arguments: args), ctx).value
  }

  @Test func everyTableMatchesItsDeclaredSchema() throws {
    for cmd in CorpusModule.commands where cmd.outputSchema != nil {
      let v = try run(cmd.name)
      let t = try #require(v.tableValue, "\(cmd.name)")
      #expect(t.schema == cmd.outputSchema, "\(cmd.name)")
      #expect(t.rows.allSatisfy { $0.count == t.schema.count }, "\(cmd.name)")
    }
  }

  @Test func amountsCarryHiddenProvenance() throws {
    let t = try #require(try run("amounts").tableValue)
    for name in ["doc", "sentence", "start", "end"] {
      #expect(t.schema.columns.first { $0.name == name }?.hidden == true)
    }
    let money = (0..<t.count).compactMap { t.value($0, "value") }.filter { if case .money = $0 { true } else { false } }
    #expect(money.contains(.money(Money(500_000_000_000, "USD"))))
    #expect(t.value(0, "id") == .string("a1"))
  }

  @Test func peopleCountMentions() throws {
    let t = try #require(try run("people").tableValue)
    let row = try #require((0..<t.count).first { t.value($0, "id") == .string("zelensky") })
    #expect(t.value(row, "mentions") == .int(6))
  }

  @Test func sourceHighlightsTheSpan() throws {
    guard case .record(let r) = try run("source", ["id": .string("d1")]) else {
      Issue.record("source did not return a record")
      return
    }
    #expect(r["text"]?.stringValue?.hasPrefix("On ⟦February 24, 2025⟧, Speaker") == true)
    #expect(r["doc"] == .string("000_a0cafe3b4e70e2b9"))
    #expect(throws: Diagnostic.self) { try run("source", ["id": .string("q999")]) }
  }
}
