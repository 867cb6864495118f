import Foundation
import LodeCore
import LodeModel

/// Extraction results on disk, so a large corpus reloads without re-extracting.
///
/// One file per set of inputs under `$XDG_CACHE_HOME/lode` (or `~/.cache/lode`), named by a
/// hash of the extractor version, the reference data and every input's id, path and content.
/// A damaged or stale file is simply ignored (and rewritten); caching never fails a load.
public struct CorpusCache: Sendable {
  /// Bump when extraction output changes, so old caches are not reused.
  public static let version = "lode-extract-1"
  public let directory: URL

  public init(directory: URL? = nil) {
    if let directory {
      self.directory = directory
    } else {
      let env = ProcessInfo.processInfo.environment
      let base =
        env["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: env["HOME"] ?? NSTemporaryDirectory()).appendingPathComponent(".cache")
      self.directory = base.appendingPathComponent("lode")
    }
  }

  /// The cache key for these inputs under this reference data.
  public static func key(_ inputs: [(id: String, path: String, raw: String)], reference: ReferenceData) -> String {
    var h = FNV1a()
    h.add(version)
    for p in reference.people { h.add(p.id); h.add(p.aliases.joined(separator: "|")) }
    for o in reference.organisations { h.add(o.id); h.add(o.aliases.joined(separator: "|")) }
    for r in reference.regions { h.add(r.code); h.add(r.aliases.joined(separator: "|")); h.add(r.weakAliases.joined()) }
    for m in reference.minerals { h.add(m.symbol); h.add(m.aliases.joined(separator: "|")) }
    for d in reference.deposits { h.add(d.id); h.add(d.aliases.joined(separator: "|")) }
    for i in inputs {
      h.add("\u{0}" + i.id + "\u{0}" + i.path + "\u{0}")
      h.add(i.raw)
    }
    return h.hex
  }

  func file(_ key: String) -> URL { directory.appendingPathComponent("corpus-\(key).bin") }

  /// The cached facts for `key`, or nil when absent or unreadable. Records are decoded on
  /// all cores (the file starts with every record's offset).
  public func load(_ key: String) -> [DocumentFacts]? {
    guard let data = FileManager.default.contents(atPath: file(key).path) else { return nil }
    let bytes = [UInt8](data)
    var r = BinaryReader(bytes)
    guard let version = try? r.string(), version == Self.version, let n = try? r.int(), n >= 0, n < bytes.count else {
      return nil
    }
    var offsets: [Int] = []
    for _ in 0..<n {
      guard let o = try? r.int(), o >= 0, o < bytes.count else { return nil }
      offsets.append(o)
    }
    let base = r.pos
    let starts = offsets
    let decoded = ParallelMap.map(n) { i -> DocumentFacts? in
      var reader = BinaryReader(bytes, at: base + starts[i])
      return try? DocumentFacts.read(from: &reader)
    }
    let out = decoded.compactMap { $0 }
    return out.count == n ? out : nil
  }

  /// Writes the facts for `key`; failures are ignored (the cache is an optimisation).
  public func store(_ facts: [DocumentFacts], key: String) {
    var records: [[UInt8]] = []
    for f in facts {
      var w = BinaryWriter()
      f.write(to: &w)
      records.append(w.bytes)
    }
    var w = BinaryWriter()
    w.string(Self.version)
    w.int(facts.count)
    var offset = 0
    for r in records {
      w.int(offset)
      offset += r.count
    }
    for r in records { w.bytes.append(contentsOf: r) }
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let tmp = directory.appendingPathComponent(".corpus-\(key)-\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(w.bytes).write(to: tmp)
      _ = try? FileManager.default.removeItem(at: file(key))
      try FileManager.default.moveItem(at: tmp, to: file(key))
    } catch {
      try? FileManager.default.removeItem(at: tmp)
    }
  }
}
