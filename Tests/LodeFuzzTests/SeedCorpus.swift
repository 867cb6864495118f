import Foundation
import LodeFuzz

/// The committed seed corpus: `Corpus/<target>/*`, read as bytes in name order.
enum SeedCorpus {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Corpus")

  static func files(for target: FuzzTargets.Target) throws -> [(name: String, bytes: [UInt8])] {
    let folder = root.appendingPathComponent(target.rawValue)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { !$0.hasPrefix(".") }.sorted()
    return try names.map { name in
      (name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
    }
  }
}
