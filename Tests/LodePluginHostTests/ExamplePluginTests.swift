import Foundation
import LodeCore
import LodePluginHost
import Testing

/// The two shipped plugins, through the host with real processes.
@Suite struct ExamplePluginTests {
  let h: HostHarness

  init() throws {
    h = try HostHarness([FixturePaths.packageRoot + "/plugins"])
  }

  func sentences(_ rows: [(String, String, Int)]) -> Value {
    .table(
      Table(
        schema: Schema([
          .init("id", .string), .init("text", .string), .init("doc", .string, hidden: true),
          .init("start", .number, hidden: true),
        ]),
        rows: rows.map { [.string($0.0), .string($0.1), .string("d1"), .int($0.2)] }))
  }

  @Test func toneScoresEachRowAndShowsItsCues() throws {
    let input = sentences([
      ("s1", "This is a historic deal and a real opportunity.", 0),
      ("s2", "The war destroyed the mines; it is not a success.", 60),
      ("s3", "The minister spoke on Tuesday.", 120),
    ])
    let out = try #require(h.run("tone", input: input).output)
    let t = try #require(out.value.tableValue)
    #expect(
      t.schema.names == ["id", "text", "doc", "start", "tone", "positive", "negative", "cues"])
    #expect(t.schema.columns[2].hidden, "hidden provenance passes through")
    #expect(t.value(0, "tone") == .number(1))
    #expect(t.value(0, "cues") == .string("+historic +opportunity"))
    #expect(t.value(1, "tone") == .number(-1))
    #expect(t.value(1, "cues") == .string("-war -destroyed -not success"))
    #expect(t.value(2, "tone") == .number(0) && t.value(2, "cues") == .string(""))
    h.host.shutdown()
  }

  @Test func toneWithoutATextColumnBlamesTheInput() throws {
    let d = try #require(
      h.run("tone", input: .table(Table(columns: ["speaker"], rows: []))).diagnostic)
    #expect(d.id == "plugin.error" && d.message == "the input has no column `text`")
    #expect(d.hint?.contains("--field") == true)
  }

  @Test func kwicFindsWholeWordsWithProvenanceOfTheMatch() throws {
    let input = sentences([("s1", "Ukraine’s mineral wealth: minerals, not minecraft.", 100)])
    let out = try #require(
      h.run(
        "kwic", arguments: ["word": .string("mineral*")], flags: ["width": .int(9)], input: input
      ).output)
    let t = try #require(out.value.tableValue)
    #expect(t.schema.names == ["id", "left", "match", "right", "doc", "start", "end"])
    #expect(t.count == 2)
    #expect(t.value(0, "left") == .string("Ukraine’s"))
    #expect(t.value(0, "right") == .string("wealth: m…"))
    #expect(t.value(1, "match") == .string("minerals"))
    #expect(t.value(1, "start") == .int(126) && t.value(1, "end") == .int(134))
    h.host.shutdown()
  }

  @Test func kwicLeavesProvenanceNullWhenTheTextIsNotAVerbatimSlice() throws {
    let schema = Schema([
      .init("text", .string), .init("doc", .string, hidden: true),
      .init("start", .number, hidden: true), .init("end", .number, hidden: true),
    ])
    let input = Value.table(
      Table(
        schema: schema,
        rows: [
          [.string("lithium here"), .string("d1"), .int(10), .int(22)],
          [.string("lithium there"), .string("d1"), .int(30), .int(99)],
        ]))
    let t = try #require(h.run("kwic", arguments: ["word": .string("lithium")], input: input).output?.value.tableValue)
    #expect(t.schema.names == ["row", "left", "match", "right", "doc", "start", "end"])
    #expect(t.rows.map { $0[4...] } == [[.string("d1"), .int(10), .int(17)], [.null, .null, .null]])
    h.host.shutdown()
  }

  @Test func fxConvertsExactlyAndUsesSettingsRates() throws {
    let out = try #require(
      h.run(
        "fx convert",
        arguments: ["amount": .money(Money(500_000_000_000, "USD")), "currency": .string("EUR")]
      ).output)
    #expect(out.value == .money(Money(Decimal(string: "424196148298.97")!, "EUR")))
    #expect(out.value.formatted() == "€424,196,148,298.97", "the manifest example's output")
    var s = h.context.settings
    try s.set("fx.EUR", "1.25")
    h.context.settings = s
    let flow = h.run(
      "fx convert",
      arguments: ["amount": .money(Money(10, "USD", perYear: true)), "currency": .string("eur")])
    #expect(flow.output?.value == .money(Money(8, "EUR", perYear: true)))
    let rates = try #require(h.run("fx rates").output?.value.tableValue)
    #expect(rates.value(1, "source") == .string("setting fx.EUR"))
    #expect(h.status("fx")?.starts == 1, "kept alive between calls")
    h.host.shutdown()
  }

  @Test func fxUnknownCurrencyBlamesTheArgument() throws {
    let d = try #require(
      h.run("fx convert", arguments: ["amount": .int(5), "currency": .string("XYZ")]).diagnostic)
    #expect(d.kind == .argument && d.message == "no rate for `XYZ`")
    #expect(d.hint?.contains(":set fx.XYZ") == true)
    #expect(h.run("fx version").output?.value == .string("fx 1.0 (built-in rates of 2025-06-30)"))
    h.host.shutdown()
  }

  @Test func aStrayWriteToStdoutInASwiftPluginLandsInItsStderrTail() throws {
    #expect(h.status("fx")?.stderrTail == [])
    #expect(h.run("fx rates").output?.value.tableValue?.count == 8)
    #expect(h.status("fx")?.stderrTail == ["fx: 8 rates"])
    #expect(h.run("fx rates").output?.value.tableValue?.count == 8, "the protocol is intact after the stray write")
    #expect(h.status("fx")?.stderrTail == ["fx: 8 rates", "fx: 8 rates"])
    h.host.shutdown()
    #expect(h.status("fx")?.state == .notStarted)
  }
}

/// Copied away from the package, fx's launcher finds no binary and says how to build it.
@Test func fxOutsideThePackageExplainsThatItIsNotBuilt() throws {
  let fm = FileManager.default
  let root = fm.temporaryDirectory.appendingPathComponent("lode-fx-\(UUID().uuidString)")
  let folder = root.appendingPathComponent("plugins/fx")
  try fm.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? fm.removeItem(at: root) }
  for file in ["plugin.json", "run"] {
    try fm.copyItem(atPath: FixturePaths.plugin("fx") + "/" + file, toPath: folder.path + "/" + file)
  }
  let h = try HostHarness([folder.path])
  let d = try #require(h.run("fx version").diagnostic)
  #expect(d.kind == .plugin && d.id == "plugin.crashed")
  #expect(d.message.contains("exit status 69"), "\(d.message)")
  #expect(d.notes.contains { $0.contains("lode-plugin-fx is not built") }, "\(d.notes)")
}
