import Foundation
import LodeCore
import LodeExtract
import LodeModel
import LodeTestSupport
import Testing

/// Loading folders, skipping bad files with one warning each, and never trapping.
@Suite struct LoaderTests {
  func tempDir() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lode-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func badFilesAreSkippedWithOneWarningEach() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "---\ndate: 2025-02-24\ntitle: Good\n---\nZelensky said \"yes\" on Friday.".write(
      to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    try Data([0x48, 0x00, 0x49]).write(to: dir.appendingPathComponent("binary.txt"))
    try Data([0x48, 0xFF, 0xFE, 0x49]).write(to: dir.appendingPathComponent("latin.md"))
    try "ignored".write(to: dir.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)
    let (c, diags) = CorpusLoader().load(paths: [dir.path, dir.appendingPathComponent("missing.txt").path])
    #expect(c.documents.map(\.id) == ["good"])
    #expect(c.documents.first?.title == "Good" && c.documents.first?.dateSource == .explicit)
    #expect(Set(diags.map(\.id)) == ["extract.load.binary", "extract.load.notUTF8", "extract.load.missing"])
    #expect(diags.count == 3)
    #expect(c.quotes.first?.speakerID == "zelensky")
    #expect(c.dates.first?.value.iso == "2025-02-21")
  }

  /// A document over the size limit is skipped with a warning that names the limit (the
  /// limit is lowered here; the loader's is `CorpusLoader.maxBytes`, 1 GiB).
  @Test func oversizedFilesAreSkippedWithTheLimitNamed() {
    let data = Data("Zelensky said \"yes\" on Friday.".utf8)
    guard case .failure(let d) = CorpusLoader.text(of: data, path: "big.txt", limit: 10) else {
      Issue.record("an oversized document was read")
      return
    }
    #expect(d.id == "extract.load.tooLarge")
    #expect(d.message.contains("big.txt") && d.message.contains("10-byte limit"))
    guard case .success(let text) = CorpusLoader.text(of: data, path: "ok.txt", limit: data.count) else {
      Issue.record("a document at the limit was refused")
      return
    }
    #expect(text.hasPrefix("Zelensky"))
    #expect(CorpusLoader.maxBytes >= 1 << 30 && CorpusLoader.maxBytes < Int(Int32.max))
  }

  @Test func loadingIntoBaseReplacesAndRenumbers() throws {
    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "\"One,\" Trump said.".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let base = CorpusLoader.bundledSeeds()
    let (c, diags) = CorpusLoader().load(paths: [dir.path], into: base)
    #expect(diags.isEmpty)
    #expect(c.documents.count == base.documents.count + 1)
    #expect(c.quotes.count == base.quotes.count + 1)
    #expect(c.quotes.last?.id == "q\(c.quotes.count)")
    #expect(c.fingerprint != base.fingerprint)
    let (again, _) = CorpusLoader().load(paths: [dir.path], into: c)
    #expect(again.documents.count == c.documents.count)
    #expect(again.fingerprint == c.fingerprint)
  }

  @Test func undatedDocumentStaysUnknown() {
    let c = CorpusLoader().extract([(id: "x", path: "x.txt", raw: "Talks resumed on Friday.")])
    #expect(c.documents[0].dateSource == .unknown && c.documents[0].date == nil)
    #expect(c.dates.isEmpty)
  }

  /// Fuzz: random bytes, huge lines and stray marks never trap the loader.
  @Test func randomInputNeverTraps() throws {
    var rng = SplitMix64(seed: 42)
    let alphabet = Array(
      "abc XYZ.,;:!?\"“”'’$€%-—()[]#\n0123456789 said he she Zelensky Dnipro region May billion".unicodeScalars)
    var inputs: [(id: String, path: String, raw: String)] = []
    for i in 0..<60 {
      var s = String.UnicodeScalarView()
      let n = Int(rng.next() % 3000)
      for _ in 0..<n { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
      inputs.append((id: "f\(i)", path: "f\(i)", raw: String(s)))
    }
    inputs.append((id: "huge", path: "huge", raw: String(repeating: "\"$1 billion, he said ", count: 20_000)))
    inputs.append((id: "empty", path: "empty", raw: ""))
    inputs.append((id: "marks", path: "marks", raw: "\"\"\"“”“\n---\n$\n€.%"))
    inputs.append(
      (
        id: "numbers", path: "numbers",
        raw: "$" + String(repeating: "9", count: 400) + " billion, 999999999999999999 days ago, "
          + String(repeating: "1,", count: 300) + "5% on 2025-02-24."
      ))
    let c = CorpusLoader().extract(inputs)
    #expect(c.documents.count == inputs.count)
    for q in c.quotes { #expect(q.provenance.span.end >= q.provenance.span.start) }

    let dir = try tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    for i in 0..<20 {
      let bytes = (0..<Int(rng.next() % 4000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
      try Data(bytes).write(to: dir.appendingPathComponent("r\(i).txt"))
    }
    let (loaded, diags) = CorpusLoader().load(paths: [dir.path])
    #expect(loaded.documents.count + diags.count == 20)
  }
}
