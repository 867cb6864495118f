import Foundation
import LodeCore

/// A corpus cache file written as documents are extracted, a batch at a time, so a large
/// load never holds every document's facts as rows: each batch is encoded into the
/// sections (one core per section) and dropped, and the finished file is then read like
/// any cached corpus (`CorpusAssembler.assemble(cached:…)`, each table decoded on first
/// read). Peak memory is the encoded sections (a few bytes per fact) plus two batches.
///
/// A batch is encoded in the background while the caller extracts the next one (`append`
/// returns at once, after the previous batch's encoding is done), so the cores stay busy
/// through both. One caller appends, then finishes; the encoders are touched only by the
/// one encoding under way.
final class CacheStream: @unchecked Sendable {
  private let cache: CorpusCache
  private let name: String
  private var encoders: [SectionEncoder]
  /// The batch being encoded, if any (its work holds the stream until it is done).
  private let encoding = DispatchGroup()

  /// Documents extracted and encoded between two appends: enough to keep every core busy,
  /// few enough that their rows stay a small part of the corpus.
  static let batch = 256

  /// A file for `key` in `cache`; `spilling`: each batch's encoded bytes wait in scratch
  /// files in the cache folder (`SectionEncoder`), not in memory.
  init(_ cache: CorpusCache, key: String, spilling: Bool) {
    self.cache = cache
    name = "corpus-" + key + ".bin"
    let folder = spilling ? cache.path : nil
    encoders = CacheSection.allCases.map { SectionEncoder($0, spillingTo: folder) }
  }

  /// The encoders, shared by the section threads (each touches only its own).
  private struct Slots: @unchecked Sendable { let base: UnsafeMutablePointer<SectionEncoder> }

  /// Encodes a batch of documents (in corpus order) into every section, in the background:
  /// waits for the previous batch, then returns while this one is encoded.
  func append(_ facts: [DocumentFacts]) {
    encoding.wait()
    DispatchQueue.global().async(group: encoding) { self.encode(facts) }
  }

  private func encode(_ facts: [DocumentFacts]) {
    encoders.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let slots = Slots(base: base)
      DispatchQueue.concurrentPerform(iterations: buffer.count) { k in slots.base[k].append(facts) }
    }
  }

  /// Writes the file (sections, then the header, then put in place) and returns it open for
  /// reading, or nil when the folder cannot be written or a section could not be encoded.
  /// The file stays readable through its descriptor even if another lode replaces or evicts it.
  func finish() -> CacheFile? {
    encoding.wait()
    let magic = Array(CorpusCache.version.utf8)
    let sections = CacheSection.allCases
    let headerEnd = 4 + magic.count + 4 + 24 * sections.count
    let documents = encoders.first?.documents ?? 0
    guard encoders.allSatisfy({ !$0.failed && $0.documents == documents }),
      let file = CacheEntryWriter(cache, name: name)
    else { return nil }
    let placement = CorpusCache.Placement(sections: sections.count, from: headerEnd)
    var all = encoders
    encoders = []
    all.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let slots = Slots(base: base)
      DispatchQueue.concurrentPerform(iterations: buffer.count) { k in
        guard let chunks = slots.base[k].chunks() else { return file.fail() }
        let at = placement.place(k, bytes: chunks.reduce(0) { $0 + $1.count })
        placement.record(k, hash: file.write(chunks, at: at))
      }
    }
    all = []
    var header: [UInt8] = []
    StringTable.append(UInt32(magic.count), to: &header)
    header += magic
    StringTable.append(UInt32(documents), to: &header)
    for entry in placement.entries {
      guard let (offset, bytes, hash) = entry else {
        file.fail()
        break
      }
      for v in [UInt64(offset), UInt64(bytes), hash] { withUnsafeBytes(of: v.littleEndian) { header += $0 } }
    }
    file.write([.bytes(header)], at: 0)
    return file.finishOpened()
  }
}
