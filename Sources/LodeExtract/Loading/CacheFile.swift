import Foundation
import LodeCore
import LodeModel

/// One corpus cache file, open, with a section per table that is read, checked (length
/// and hash) and decoded only when that table is read.
///
/// Layout: version (length, bytes), document count, then per section (`CacheSection`
/// order) its offset, length and `FastHash` as 64-bit words, then the sections. A section
/// is a string table, a decimal table (string indices), the record count, record word
/// offsets (count + 1) and the record words: one record per document.
///
/// Sections are read with `pread` from the descriptor opened with the header, not mapped:
/// tables decode lazily, possibly much later, and a mapped file truncated meanwhile by
/// another program would fault (SIGBUS). The descriptor keeps the file that was opened
/// readable even when another lode renames a new one over it.
final class CacheFile: Sendable {
  private let descriptor: Int32
  let documentCount: Int
  /// Per section: start, end (exclusive) and hash. Plain integers, not `Range<Int>`: a
  /// tuple array with a `Range` in it makes the runtime look up `Int: Comparable` at start,
  /// a scan of every conformance record in the binary (about 250k instructions).
  let sections: [(start: Int, end: Int, hash: UInt64)]

  /// The open file's header, or nil when it is missing or not a cache file of this version.
  init?(path: String, version: String) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    var st = stat()
    let magic = Array(version.utf8)
    let headerEnd = 4 + magic.count + 4 + 24 * CacheSection.allCases.count
    guard fstat(fd, &st) == 0, let header = Self.read(fd, at: 0, count: headerEnd) else {
      close(fd)
      return nil
    }
    let size = UInt64(st.st_size)
    let parsed = header.withUnsafeBytes { file -> (Int, [(start: Int, end: Int, hash: UInt64)])? in
      guard Int(file.loadUnaligned(as: UInt32.self)) == magic.count, file[4..<(4 + magic.count)].elementsEqual(magic)
      else { return nil }
      var pos = 4 + magic.count
      let documents = Int(file.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
      pos += 4
      var sections: [(start: Int, end: Int, hash: UInt64)] = []
      for _ in CacheSection.allCases {
        let offset = file.loadUnaligned(fromByteOffset: pos, as: UInt64.self)
        let length = file.loadUnaligned(fromByteOffset: pos + 8, as: UInt64.self)
        let hash = file.loadUnaligned(fromByteOffset: pos + 16, as: UInt64.self)
        pos += 24
        guard offset >= UInt64(headerEnd), length <= size, offset <= size - length else { return nil }
        sections.append((Int(offset), Int(offset + length), hash))
      }
      return (documents, sections)
    }
    guard let parsed else {
      close(fd)
      return nil
    }
    descriptor = fd
    documentCount = parsed.0
    sections = parsed.1
  }

  deinit { close(descriptor) }

  /// `count` bytes at `offset`, or nil when the file is shorter or cannot be read.
  static func read(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: count)
    var got = 0
    let ok = bytes.withUnsafeMutableBytes { b -> Bool in
      guard let base = b.baseAddress else { return true }
      while got < count {
        let n = pread(fd, base + got, count - got, off_t(offset + got))
        if n < 0, errno == EINTR { continue }
        if n <= 0 { return false }
        got += n
      }
      return true
    }
    return ok ? bytes : nil
  }

  /// The section's rows, one `read` per document in document order, or nil when the section
  /// is damaged (wrong hash, bad index or count). Records are decoded on all cores.
  func records<T: Sendable>(
    _ section: CacheSection, _ read: @escaping @Sendable (inout BinaryReader) throws -> T
  ) -> [T]? {
    checked(section) { Self.decode($0, count: documentCount, read) }
  }

  /// A fact section's rows in corpus order, decoded on all cores straight into one array
  /// (each record is the document id, a row count, the rows); `read` gets each row's
  /// document id and its index in the corpus (for ids like `q12`). Nil when damaged.
  func rows<T: Sendable>(
    _ section: CacheSection, _ read: @escaping @Sendable (inout BinaryReader, String, Int) throws -> T
  ) -> [T]? {
    checked(section) { bytes in
      guard let (layout, table, decimals) = Self.layout(bytes, count: documentCount) else { return nil }
      return FlatDecoder(layout: layout, table: table, decimals: decimals).rows(read)
    }
  }

  /// `body` over the section's bytes when they can be read and match the hash in the
  /// header; nil otherwise.
  private func checked<R>(_ section: CacheSection, _ body: (CorpusCache.UnsafeFile) -> R?) -> R? {
    let (start, end, hash) = sections[section.rawValue]
    guard let data = Self.read(descriptor, at: start, count: end - start) else { return nil }
    return data.withUnsafeBytes { bytes -> R? in
      var h = FastHash()
      h.add(bytes)
      guard h.value == hash else { return nil }
      return body(CorpusCache.UnsafeFile(bytes: bytes))
    }
  }

  static func decode<T: Sendable>(
    _ f: CorpusCache.UnsafeFile, count n: Int, _ read: @escaping @Sendable (inout BinaryReader) throws -> T
  ) -> [T]? {
    guard let (layout, table, decimalTable) = layout(f, count: n) else { return nil }
    let words = layout.words, offsets = layout.offsets, wordCount = layout.wordCount
    let decoded = ParallelMap.map(n) { i -> T? in
      let lo = Int(offsets.bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
      let hi = Int(offsets.bytes.loadUnaligned(fromByteOffset: 4 * i + 4, as: UInt32.self))
      guard lo <= hi, hi <= wordCount else { return nil }
      var reader = BinaryReader(words: words.bytes, pos: lo, end: hi, table: table, decimals: decimalTable)
      return try? read(&reader)
    }
    let out = decoded.compactMap { $0 }
    return out.count == n ? out : nil
  }

  /// Where a section's record offsets and words are, after its string and decimal tables.
  struct Layout: Sendable {
    let words: CorpusCache.UnsafeFile
    let offsets: CorpusCache.UnsafeFile
    let wordCount: Int
    let count: Int
  }

  static func layout(_ f: CorpusCache.UnsafeFile, count n: Int) -> (Layout, StringTable, [Decimal])? {
    let file = f.bytes
    guard let (table, afterTable) = StringTable.decode(file, at: 0) else { return nil }
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
      guard let d = Decimal(plainDigits: text) ?? Decimal(string: text) else { return nil }
      decimals.append(d)
    }
    guard word() == n, n < (file.count - pos) / 4 else { return nil }
    let offsetsAt = pos
    let wordsAt = pos + 4 * (n + 1)
    let wordCount = (file.count - wordsAt) / 4
    let words = CorpusCache.UnsafeFile(
      bytes: UnsafeRawBufferPointer(rebasing: file[wordsAt..<(wordsAt + 4 * wordCount)]))
    let offsets = CorpusCache.UnsafeFile(bytes: UnsafeRawBufferPointer(rebasing: file[offsetsAt..<wordsAt]))
    return (Layout(words: words, offsets: offsets, wordCount: wordCount, count: n), table, decimals)
  }
}
