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
  public static let version = "lode-extract-3"
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

  /// The cache key for these inputs under this reference data. Inputs are hashed eight
  /// bytes at a time (`FastHash`), so checking the key of a large corpus runs at memory speed.
  public static func key(_ inputs: [(id: String, path: String, raw: String)], reference: ReferenceData) -> String {
    var h = FastHash()
    h.add(version)
    for p in reference.people { h.add(p.id); h.add(p.aliases.joined(separator: "|")) }
    for o in reference.organisations { h.add(o.id); h.add(o.aliases.joined(separator: "|")) }
    for r in reference.regions { h.add(r.code); h.add(r.aliases.joined(separator: "|")); h.add(r.weakAliases.joined()) }
    for m in reference.minerals { h.add(m.symbol); h.add(m.aliases.joined(separator: "|")) }
    for d in reference.deposits { h.add(d.id); h.add(d.aliases.joined(separator: "|")) }
    for i in inputs {
      h.add(i.id)
      h.add(i.path)
      h.add(i.raw)
    }
    return h.hex
  }

  func file(_ key: String) -> URL { directory.appendingPathComponent("corpus-\(key).bin") }

  /// The cached facts for `key`, or nil when absent or unreadable. The file is read in
  /// place: the string table is decoded once, then records on all cores.
  public func load(_ key: String) -> [DocumentFacts]? {
    guard let data = try? Data(contentsOf: file(key), options: .alwaysMapped) else { return nil }
    return data.withUnsafeBytes { file -> [DocumentFacts]? in
      Self.decode(UnsafeFile(bytes: file))
    }
  }

  /// The file's bytes, shared read-only by the decoding threads.
  struct UnsafeFile: @unchecked Sendable { let bytes: UnsafeRawBufferPointer }

  /// Layout: version (length, bytes), string table, decimal table (string indices),
  /// document count, record word offsets (count + 1), record words.
  static func decode(_ f: UnsafeFile) -> [DocumentFacts]? {
    let file = f.bytes
    let magic = Array(version.utf8)
    guard file.count >= 4 + magic.count, Int(file.loadUnaligned(as: UInt32.self)) == magic.count,
      file[4..<(4 + magic.count)].elementsEqual(magic),
      let (table, afterTable) = StringTable.decode(file, at: 4 + magic.count)
    else { return nil }
    var pos = afterTable
    func word() -> Int? {
      guard pos + 4 <= file.count else { return nil }
      defer { pos += 4 }
      return Int(file.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
    }
    guard let nd = word(), nd <= (file.count - pos) / 4 else { return nil }
    var decimals: [Decimal] = []
    decimals.reserveCapacity(nd)
    for _ in 0..<nd {
      guard let i = word(), i < table.strings.count else { return nil }
      let text = table.strings[i]
      guard let d = BinaryReader.fastDecimal(text) ?? Decimal(string: text) else { return nil }
      decimals.append(d)
    }
    guard let n = word(), n < (file.count - pos) / 4 else { return nil }
    let offsetsAt = pos
    let wordsAt = pos + 4 * (n + 1)
    let wordCount = (file.count - wordsAt) / 4
    let words = UnsafeRawBufferPointer(rebasing: file[wordsAt..<(wordsAt + 4 * wordCount)])
    let offsets = UnsafeRawBufferPointer(rebasing: file[offsetsAt..<wordsAt])
    let decimalTable = decimals
    let shared = UnsafeFile(bytes: words), sharedOffsets = UnsafeFile(bytes: offsets)
    let decoded = ParallelMap.map(n) { i -> DocumentFacts? in
      let lo = Int(sharedOffsets.bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
      let hi = Int(sharedOffsets.bytes.loadUnaligned(fromByteOffset: 4 * i + 4, as: UInt32.self))
      guard lo <= hi, hi <= wordCount else { return nil }
      var reader = BinaryReader(words: shared.bytes, pos: lo, end: hi, table: table, decimals: decimalTable)
      return try? DocumentFacts.read(from: &reader)
    }
    let out = decoded.compactMap { $0 }
    return out.count == n ? out : nil
  }

  /// Writes the facts for `key`; failures are ignored (the cache is an optimisation).
  public func store(_ facts: [DocumentFacts], key: String) {
    var w = BinaryWriter()
    var offsets: [UInt32] = [0]
    do {
      for f in facts {
        try f.write(to: &w)
        guard w.words.count <= Int(UInt32.max) else { return }
        offsets.append(UInt32(w.words.count))
      }
    } catch {
      return
    }
    var out: [UInt8] = []
    out.reserveCapacity(w.words.count * 4 + 64)
    let magic = Array(Self.version.utf8)
    StringTable.append(UInt32(magic.count), to: &out)
    out += magic
    let decimalIndices = w.decimals.map { w.intern($0) }
    guard (try? StringTable.encode(w.strings, into: &out)) != nil else { return }
    StringTable.append(UInt32(decimalIndices.count), to: &out)
    for i in decimalIndices { StringTable.append(i, to: &out) }
    StringTable.append(UInt32(facts.count), to: &out)
    for o in offsets { StringTable.append(o, to: &out) }
    for word in w.words { StringTable.append(word, to: &out) }
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let tmp = directory.appendingPathComponent(".corpus-\(key)-\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(out).write(to: tmp)
      _ = try? FileManager.default.removeItem(at: file(key))
      try FileManager.default.moveItem(at: tmp, to: file(key))
    } catch {
      try? FileManager.default.removeItem(at: tmp)
    }
  }
}
