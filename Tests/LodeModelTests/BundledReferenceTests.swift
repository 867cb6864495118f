import Foundation
import LodeModel
import Testing

/// `ReferenceData.bundled` comes from generated Swift values, not from parsing the TSVs at
/// start-up: the generated file must be exactly what parsing the embedded TSVs gives.
/// Re-generate with `LODE_RECORD=1 swift test --filter BundledReferenceTests`.
@Suite struct BundledReferenceTests {
  static let generated = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/LodeModel/Reference/Generated/BundledReference.swift")

  @Test func generatedSourceIsCurrent() throws {
    let (parsed, diagnostics) = ReferenceData.parse(BundledSeeds.reference)
    let source = ReferenceSource.render(parsed, diagnostics: diagnostics)
    if ProcessInfo.processInfo.environment["LODE_RECORD"] != nil {
      try source.write(to: Self.generated, atomically: true, encoding: .utf8)
    }
    let current = try String(contentsOf: Self.generated, encoding: .utf8)
    #expect(current == source, "run LODE_RECORD=1 swift test --filter BundledReferenceTests")
  }

  @Test func bundledEqualsParsingTheEmbeddedTSVs() {
    let (parsed, diagnostics) = ReferenceData.parse(BundledSeeds.reference)
    #expect(ReferenceData.bundled == parsed)
    #expect(ReferenceData.bundledDiagnostics == diagnostics)
    // Field by field as text too: decimals print the same (the cache key hashes their text).
    #expect(String(describing: ReferenceData.bundled) == String(describing: parsed))
    // One row per data line of seeds/reference/*.tsv.
    let counts: [Int] = [parsed.regions.count, parsed.minerals.count, parsed.people.count, parsed.deposits.count]
    #expect(counts == [27, 67, 25, 20])
  }
}
