import LodeModel

/// One section of a cache file being encoded, a batch of documents at a time: the string
/// and decimal tables, record offsets and words grow as documents are appended, and
/// `chunks` lays them out (`CacheFile` describes the layout). `CacheFile`'s store appends
/// every document at once; `CacheStream` appends each batch as it is extracted and, given a
/// folder, spills the words and string bytes of each batch to `ScratchFile`s, keeping in
/// memory only what interning needs (short strings) and the offsets.
struct SectionEncoder {
  let section: CacheSection
  private var w = BinaryWriter()
  private var offsets: [UInt32] = [0]
  private(set) var documents = 0
  /// Set when a value did not fit the layout; the section (and so the file) is not written.
  private(set) var failed = false
  /// Where spilled words and string bytes go; nil: everything stays in memory.
  private let folder: String?
  private var spilledWords: ScratchFile?
  private var spilledBlob: ScratchFile?

  init(_ section: CacheSection, spillingTo folder: String? = nil) {
    self.section = section
    self.folder = folder
  }

  /// Appends each document's record of this section, in order.
  mutating func append(_ facts: [DocumentFacts]) {
    guard !failed else { return }
    // Document texts are most of the documents section: room for them, growing geometrically.
    if section == .documents {
      let needed = w.blob.count + facts.reduce(0) { $0 + $1.document.text.utf8.count + 256 }
      if needed > w.blob.capacity { w.blob.reserveCapacity(max(needed, 2 * w.blob.capacity)) }
    }
    do {
      try DocumentFacts.each(facts) { f in
        try f.pointee.write(section, to: &w)
        guard w.wordCount <= Int(UInt32.max) else { throw BinaryWriter.TooLarge() }
        offsets.append(UInt32(w.wordCount))
      }
      documents += facts.count
    } catch {
      failed = true
    }
    spill()
  }

  /// Moves the words and string bytes written so far to the scratch files (made on first
  /// use; without them everything stays in memory).
  private mutating func spill() {
    guard let folder else { return }
    if spilledWords == nil { spilledWords = ScratchFile(in: folder) }
    if spilledBlob == nil { spilledBlob = ScratchFile(in: folder) }
    if let words = spilledWords {
      let taken = w.takeWords()
      #if _endian(little)
      taken.withUnsafeBytes { words.append($0) }
      #else
      taken.map(\.littleEndian).withUnsafeBytes { words.append($0) }
      #endif
    }
    if let blob = spilledBlob { w.takeBlob().withUnsafeBytes { blob.append($0) } }
  }

  /// The section as the pieces to write one after another: string table (count, end
  /// offsets, bytes), decimal table, record count, record offsets, words. Nil when a value
  /// did not fit. Leaves the encoder empty (its buffers move into the chunks).
  mutating func chunks() -> [CacheChunk]? {
    let decimalIndices = w.decimals.map { w.intern($0) }
    guard !failed, !w.tooLarge else { return nil }
    var middle: [UInt8] = []
    middle.reserveCapacity(8 + 4 * decimalIndices.count)
    StringTable.append(UInt32(decimalIndices.count), to: &middle)
    for i in decimalIndices { StringTable.append(i, to: &middle) }
    StringTable.append(UInt32(documents), to: &middle)
    var count: [UInt8] = []
    StringTable.append(UInt32(w.ends.count), to: &count)
    var out: [CacheChunk] = [.bytes(count), .littleEndian(w.ends)]
    if let spilledBlob { out.append(.scratch(spilledBlob)) }
    out += [.bytes(w.blob), .bytes(middle), .littleEndian(offsets)]
    if let spilledWords { out.append(.scratch(spilledWords)) }
    out.append(.littleEndian(w.words))
    w = BinaryWriter()
    offsets = []
    spilledWords = nil
    spilledBlob = nil
    return out
  }
}
