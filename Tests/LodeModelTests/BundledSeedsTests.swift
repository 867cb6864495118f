import Foundation
import LodeModel
import Testing

/// The embedded copy of seeds/ must match the files; run scripts/embed-seeds when this fails.
@Suite struct BundledSeedsTests {
  static let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

  static func files(_ folder: String, _ exts: Set<String>) throws -> [BundledFile] {
    let dir = seeds.appendingPathComponent(folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { exts.contains(($0 as NSString).pathExtension) }.sorted()
    return try names.map { name in
      let data = try Data(contentsOf: dir.appendingPathComponent(name))
      let text = String(decoding: data, as: UTF8.self)
        .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      return BundledFile(name: name, text: text)
    }
  }

  @Test func referenceCopyIsCurrent() throws {
    let onDisk = try Self.files("reference", ["tsv"])
    #expect(onDisk.map(\.name) == BundledSeeds.reference.map(\.name), "run scripts/embed-seeds")
    for (a, b) in zip(onDisk, BundledSeeds.reference) {
      #expect(a.text == b.text, "\(a.name) changed since embedding: run scripts/embed-seeds")
    }
  }

  @Test func articleCopyIsCurrent() throws {
    let onDisk = try Self.files("articles", ["txt", "md"])
    #expect(onDisk.map(\.name) == BundledSeeds.articles.map(\.name), "run scripts/embed-seeds")
    for (a, b) in zip(onDisk, BundledSeeds.articles) {
      #expect(a.text == b.text, "\(a.name) changed since embedding: run scripts/embed-seeds")
    }
  }
}
