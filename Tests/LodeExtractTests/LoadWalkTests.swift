import Foundation
import LodeCore
import LodeExtract
import LodeModel
import Synchronization
import Testing

/// Loading any tree a user may point at: cancellation leaves the corpus as it was,
/// special filesystems are skipped, symlink loops end, over-large files are refused.
@Suite struct LoadWalkTests {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("lode-walk-\(UUID().uuidString)").path

  func make(_ files: [String: String]) throws {
    for (name, text) in files {
      let path = root + "/" + name
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
  }

  func cleanUp() { try? FileManager.default.removeItem(atPath: root) }

  @Test func cancelledLoadLeavesTheCorpusAsItWas() throws {
    defer { cleanUp() }
    try make(["a.txt": "\"We agree,\" Jane Roe said.", "b/c.md": "Talks resumed on Friday, March 7, 2025."])
    let base = CorpusLoader().extract([(id: "x", path: "x.txt", raw: "\"Fine,\" John Smith said.")])
    var loader = CorpusLoader()
    loader.isCancelled = { true }
    let (c, diagnostics) = loader.load(paths: [root], into: base)
    #expect(diagnostics.map(\.id) == ["load.cancelled"])
    #expect(c.documents == base.documents)
    #expect(c.quotes == base.quotes)
  }

  /// Cancelled part-way (after a few polls, as a Ctrl-C during extraction is): still unchanged.
  @Test func cancelledDuringExtractionLeavesTheCorpusAsItWas() throws {
    defer { cleanUp() }
    var files: [String: String] = [:]
    for i in 0..<40 { files["doc\(i).txt"] = "\"Point \(i),\" Jane Roe said on March 3, 2025." }
    try make(files)
    let polls = Atomic<Int>(0)
    var loader = CorpusLoader()
    loader.isCancelled = { polls.add(1, ordering: .relaxed).newValue > 45 }
    let (c, diagnostics) = loader.load(paths: [root])
    #expect(diagnostics.map(\.id) == ["load.cancelled"])
    #expect(c.documents.isEmpty)
  }

  @Test func symlinkLoopsEnd() throws {
    defer { cleanUp() }
    try make(["a/one.txt": "\"One,\" Jane Roe said.", "a/b/two.md": "Talks resumed on Friday."])
    try FileManager.default.createSymbolicLink(atPath: root + "/a/b/up", withDestinationPath: root + "/a")
    try FileManager.default.createSymbolicLink(atPath: root + "/a/self", withDestinationPath: ".")
    let (c, diagnostics) = CorpusLoader().load(paths: [root])
    #expect(c.documents.map(\.id) == ["two", "one"])
    #expect(diagnostics.isEmpty)
  }

  @Test func specialFilesystemsAreSkipped() throws {
    defer { cleanUp() }
    try make(["a/one.txt": "\"One,\" Jane Roe said."])
    try FileManager.default.createSymbolicLink(atPath: root + "/a/proc", withDestinationPath: "/proc")
    try FileManager.default.createSymbolicLink(atPath: root + "/a/sys", withDestinationPath: "/sys")
    let (c, diagnostics) = CorpusLoader().load(paths: [root])
    #expect(c.documents.map(\.id) == ["one"])
    #expect(diagnostics.map(\.id) == ["extract.load.special", "extract.load.special"])
    #expect(diagnostics.first?.message == "skipped \(root)/a/proc: the system's /proc (not documents)")
    let (none, direct) = CorpusLoader().load(paths: ["/proc"])
    #expect(none.documents.isEmpty)
    #expect(direct.map(\.id) == ["extract.load.special"])
  }

  /// A pipe or a device named as a document is refused, not read (it could block forever).
  @Test func onlyRegularFilesAreRead() throws {
    defer { cleanUp() }
    try make(["one.txt": "One."])
    #expect(mkfifo(root + "/pipe.txt", 0o600) == 0)
    let (c, diagnostics) = CorpusLoader().load(paths: [root + "/pipe.txt", "/dev/null", root])
    #expect(c.documents.map(\.id) == ["one"])  // the pipe inside the folder is not a document either
    #expect(
      diagnostics.map(\.message) == [
        "skipped \(root)/pipe.txt: not a regular file", "skipped /dev/null: not a regular file",
      ])
  }

  @Test func hiddenFilesAndFoldersAreSkipped() throws {
    defer { cleanUp() }
    try make(["one.txt": "One.", ".hidden.txt": "Hidden.", ".git/two.md": "Two.", "notes.pdf": "Not a document."])
    #expect(CorpusLoader().load(paths: [root]).0.documents.map(\.id) == ["one"])
  }

  @Test func filesOverTheLimitAreSkippedWithAWarning() throws {
    defer { cleanUp() }
    try make(["big.txt": String(repeating: "Talks resumed. ", count: 100), "small.txt": "Talks resumed."])
    var loader = CorpusLoader()
    loader.maxFileBytes = 100
    let (c, diagnostics) = loader.load(paths: [root])
    #expect(c.documents.map(\.id) == ["small"])
    #expect(diagnostics.map(\.id) == ["extract.load.tooLarge"])
    #expect(
      diagnostics.first?.message
        == "skipped \(root)/big.txt: 1500 bytes is more than the 100-byte limit for one document")
  }

  @Test func crlfIsFoldedAndTextIsValidatedOnce() throws {
    defer { cleanUp() }
    try make(["crlf.txt": "Line one.\r\nLine two.\r\n\r\nLast\rline."])
    try Data([0x41, 0xFF, 0x42]).write(to: URL(fileURLWithPath: root + "/bad.txt"))
    let (c, diagnostics) = CorpusLoader().load(paths: [root])
    #expect(c.documents.map(\.text) == ["Line one.\nLine two.\n\nLast\rline."])
    #expect(diagnostics.map(\.id) == ["extract.load.notUTF8"])
  }
}
