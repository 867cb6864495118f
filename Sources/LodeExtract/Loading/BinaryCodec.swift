import Foundation
import LodeCore
import LodeModel

/// Writes the corpus cache's compact layout: every field is one little-endian 32-bit word,
/// strings and decimals are indices into tables that hold each distinct value once.
struct BinaryWriter {
  /// A value that does not fit the layout (an offset beyond 2³¹); the cache is skipped.
  struct TooLarge: Error {}
  static let none: UInt32 = .max

  var words: [UInt32] = []
  /// Words already spilled (`takeWords`): `words` holds the ones after them.
  private(set) var wordBase = 0
  /// The distinct strings' UTF-8 bytes, one after another, and where each ends: the
  /// section's string table as it is written (`StringTable.encode`). `blob` holds the bytes
  /// not yet spilled (`takeBlob`); `ends` are offsets from the first string.
  var blob: [UInt8] = []
  var ends: [UInt32] = []
  /// The bytes of the strings looked up when interning (at most `internLimit` long), kept
  /// after the blob is spilled, and where each string's copy starts (`.max`: not kept).
  private var kept: [UInt8] = []
  private var keptAt: [UInt32] = []
  /// Set when the strings pass 4 GiB (the table's offsets are 32-bit); the section is skipped.
  var tooLarge = false
  var decimals: [String] = []
  var decimalIndex: [DecimalKey: UInt32] = [:]
  /// An open-addressing table over the interned strings: slot → string index + 1 (0 is
  /// empty), probed by each string's `FastHash` (`hashes`, one per string). Keyed by bytes,
  /// with no `String` hashing or equality (Unicode-normalising, and what made writing slow).
  private var slots: [UInt32] = []
  private var hashes: [UInt64] = []

  /// Strings longer than this (document texts, explanations) are stored without looking
  /// for an earlier copy: they are nearly always unique, and hashing them costs the most.
  static let internLimit = 4096

  /// A decimal keyed by its representation's bytes (equal bytes, equal text).
  struct DecimalKey: Hashable {
    let a: UInt64, b: UInt64, c: UInt32
    init(_ d: Decimal) {
      var x: (UInt64, UInt64, UInt32) = (0, 0, 0)
      withUnsafeBytes(of: d) { raw in
        withUnsafeMutableBytes(of: &x) {
          $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw.prefix(min(raw.count, 20))))
        }
      }
      (a, b, c) = x
    }
  }

  mutating func word(_ w: UInt32) { words.append(w) }

  /// All the words written so far, spilled or not.
  var wordCount: Int { wordBase + words.count }

  /// The words not yet spilled, leaving none (for a `ScratchFile`).
  mutating func takeWords() -> [UInt32] {
    defer {
      wordBase += words.count
      words.removeAll(keepingCapacity: true)
    }
    return words
  }

  /// The string bytes not yet spilled, leaving none (for a `ScratchFile`).
  mutating func takeBlob() -> [UInt8] {
    defer { blob.removeAll(keepingCapacity: true) }
    return blob
  }

  mutating func int(_ v: Int) throws {
    guard v > Int(Int32.min), v <= Int(Int32.max) else { throw TooLarge() }
    words.append(UInt32(bitPattern: Int32(v)))
  }

  mutating func optInt(_ v: Int?) throws {
    guard let v else { return words.append(UInt32(bitPattern: Int32.min)) }
    try int(v)
  }

  mutating func bool(_ b: Bool) { words.append(b ? 1 : 0) }

  mutating func string(_ s: String) { words.append(intern(s)) }

  /// The string's index in the table, adding it when new.
  mutating func intern(_ s: String) -> UInt32 {
    // The string's own bytes where it has them (native and small strings), without a copy.
    if let i = s.utf8.withContiguousStorageIfAvailable({ intern(UnsafeRawBufferPointer($0)) }) { return i }
    var copy = s
    return copy.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
  }

  mutating func intern(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    let i = UInt32(truncatingIfNeeded: ends.count)
    guard bytes.count <= Self.internLimit else {
      hashes.append(0)
      add(bytes)
      return i
    }
    var h = FastHash()
    h.add(bytes)
    let hash = h.value
    if 2 * (ends.count + 1) > slots.count { grow() }
    let mask = slots.count &- 1
    var k = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[k]
      if slot == 0 { break }
      let j = Int(slot &- 1)
      if hashes[j] == hash, equal(j, bytes) { return UInt32(truncatingIfNeeded: j) }
      k = (k &+ 1) & mask
    }
    slots[k] = i &+ 1
    hashes.append(hash)
    add(bytes)
    return i
  }

  private mutating func add(_ bytes: UnsafeRawBufferPointer) {
    let end = Int(ends.last ?? 0) + bytes.count
    blob.append(contentsOf: bytes)
    if end > Int(UInt32.max) { tooLarge = true }
    ends.append(UInt32(truncatingIfNeeded: end))
    if bytes.count <= Self.internLimit {
      keptAt.append(UInt32(truncatingIfNeeded: kept.count))
      kept.append(contentsOf: bytes)
    } else {
      keptAt.append(.max)
    }
  }

  /// Whether string `j` of the table has exactly these bytes.
  private func equal(_ j: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
    let lo = j == 0 ? 0 : Int(ends[j &- 1])
    let hi = Int(ends[j])
    guard hi &- lo == bytes.count, keptAt[j] != .max else { return false }
    guard let q = bytes.baseAddress else { return true }
    let at = Int(keptAt[j])
    return kept.withUnsafeBytes { b in b.baseAddress.map { memcmp($0 + at, q, bytes.count) == 0 } ?? false }
  }

  /// Doubles the slot table (at least 1,024 slots) and places every interned string again.
  private mutating func grow() {
    let size = Swift.max(1024, slots.count * 2)
    slots = [UInt32](repeating: 0, count: size)
    let mask = size &- 1
    for j in 0..<ends.count {
      let lo = j == 0 ? 0 : Int(ends[j &- 1])
      guard Int(ends[j]) &- lo <= Self.internLimit else { continue }
      var k = Int(truncatingIfNeeded: hashes[j]) & mask
      while slots[k] != 0 { k = (k &+ 1) & mask }
      slots[k] = UInt32(truncatingIfNeeded: j &+ 1)
    }
  }

  mutating func optString(_ s: String?) {
    guard let s else { return words.append(Self.none) }
    string(s)
  }

  mutating func strings(_ list: [String]) {
    words.append(UInt32(list.count))
    for s in list { string(s) }
  }

  mutating func decimal(_ d: Decimal) {
    let key = DecimalKey(d)
    if let i = decimalIndex[key] { return words.append(i) }
    let i = UInt32(decimals.count)
    decimals.append(d.description)
    decimalIndex[key] = i
    words.append(i)
  }

  mutating func date(_ d: DateValue?) throws {
    guard let d else { return bool(false) }
    bool(true)
    try int(d.year)
    try optInt(d.month)
    try optInt(d.day)
    try optInt(d.week)
    try optInt(d.part)
    word(UInt32(DateValue.Precision.allCases.firstIndex(of: d.precision) ?? 0))
  }
}

/// Reads one record of what `BinaryWriter` wrote, straight from the mapped file bytes;
/// every index and count is checked, so a damaged file throws instead of trapping.
struct BinaryReader {
  struct Corrupt: Error {}
  /// The record words.
  let words: UnsafeRawBufferPointer
  var pos: Int
  let end: Int
  let table: StringTable
  let decimals: [Decimal]

  @inline(__always) mutating func word() throws -> UInt32 {
    guard pos < end else { throw Corrupt() }
    defer { pos += 1 }
    return words.loadUnaligned(fromByteOffset: pos &* 4, as: UInt32.self)
  }

  mutating func int() throws -> Int { Int(Int32(bitPattern: try word())) }

  /// A count of items that each take at least one word, so it cannot exceed the record.
  mutating func count() throws -> Int {
    let n = Int(try word())
    guard n <= end - pos else { throw Corrupt() }
    return n
  }

  mutating func optInt() throws -> Int? {
    let w = Int32(bitPattern: try word())
    return w == Int32.min ? nil : Int(w)
  }

  mutating func bool() throws -> Bool { try word() != 0 }

  mutating func string() throws -> String {
    let i = Int(try word())
    guard i < table.strings.count else { throw Corrupt() }
    return table.strings[i]
  }

  /// The string's index, for slicing its bytes.
  mutating func stringIndex() throws -> Int {
    let i = Int(try word())
    guard i < table.strings.count else { throw Corrupt() }
    return i
  }

  mutating func optString() throws -> String? {
    let w = try word()
    if w == BinaryWriter.none { return nil }
    guard Int(w) < table.strings.count else { throw Corrupt() }
    return table.strings[Int(w)]
  }

  mutating func strings() throws -> [String] {
    let n = try count()
    var out: [String] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(try string()) }
    return out
  }

  mutating func decimal() throws -> Decimal {
    let i = Int(try word())
    guard i < decimals.count else { throw Corrupt() }
    return decimals[i]
  }

  mutating func provenance(_ doc: String) throws -> Provenance {
    let s = try int(), a = try int(), b = try int()
    return Provenance(doc: doc, sentence: s, span: SourceSpan(a, b))
  }

  mutating func enumCase<E: CaseIterable>(_: E.Type) throws -> E where E.AllCases == [E] {
    let i = Int(try word())
    guard i < E.allCases.count else { throw Corrupt() }
    return E.allCases[i]
  }

  mutating func date() throws -> DateValue? {
    guard try bool() else { return nil }
    let year = try int()
    let month = try optInt()
    let day = try optInt()
    let week = try optInt()
    let part = try optInt()
    let precision = try enumCase(DateValue.Precision.self)
    var d = week.map { DateValue(year: year, week: $0) } ?? DateValue(year: year, month: month, day: day)
    d.part = part
    d.precision = precision
    return d
  }
}
