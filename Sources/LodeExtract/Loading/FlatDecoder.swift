import Foundation

/// Decodes a fact section into one array in a single parallel pass: a serial scan of the
/// record headers gives each document's first row, then every document's rows are read
/// straight into their slots, so there are no per-document arrays to concatenate and free.
struct FlatDecoder: Sendable {
  let layout: CacheFile.Layout
  let table: StringTable
  let decimals: [Decimal]

  /// The destination buffer, written by the decoding threads at disjoint slots.
  struct Slots<T>: @unchecked Sendable { let base: UnsafeMutablePointer<T> }

  func rows<T: Sendable>(_ read: @escaping @Sendable (inout BinaryReader, String, Int) throws -> T) -> [T]? {
    let n = layout.count
    var starts: [Int] = []
    starts.reserveCapacity(n + 1)
    var total = 0
    for i in 0..<n {
      guard let (lo, hi) = record(i), hi - lo >= 2 else { return nil }
      let count = Int(layout.words.bytes.loadUnaligned(fromByteOffset: 4 * (lo + 1), as: UInt32.self))
      guard count <= hi - lo - 2 else { return nil }
      starts.append(total)
      total += count
    }
    starts.append(total)
    let firsts = starts
    var ok = true
    let out = [T](unsafeUninitializedCapacity: total) { buffer, initialized in
      guard let base = buffer.baseAddress else {
        initialized = 0
        return
      }
      let slots = Slots(base: base)
      let done = ParallelMap.map(n) { i -> Int in
        decode(document: i, into: slots, from: firsts[i], to: firsts[i + 1], read)
      }
      if zip(done.indices, done).allSatisfy({ firsts[$0] + $1 == firsts[$0 + 1] }) {
        initialized = total
      } else {
        for (i, d) in done.enumerated() { (base + firsts[i]).deinitialize(count: d) }
        initialized = 0
        ok = false
      }
    }
    return ok ? out : nil
  }

  /// The word range of document `i`'s record, when it lies inside the section.
  func record(_ i: Int) -> (Int, Int)? {
    let lo = Int(layout.offsets.bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
    let hi = Int(layout.offsets.bytes.loadUnaligned(fromByteOffset: 4 * i + 4, as: UInt32.self))
    return lo <= hi && hi <= layout.wordCount ? (lo, hi) : nil
  }

  /// Reads document `i`'s rows into slots `first..<end`; returns how many it initialised.
  func decode<T>(
    document i: Int, into slots: Slots<T>, from first: Int, to end: Int,
    _ read: (inout BinaryReader, String, Int) throws -> T
  ) -> Int {
    guard let (lo, hi) = record(i) else { return 0 }
    var r = BinaryReader(words: layout.words.bytes, pos: lo, end: hi, table: table, decimals: decimals)
    guard let doc = try? r.string(), (try? r.count()) == end - first else { return 0 }
    var k = first
    while k < end, let row = try? read(&r, doc, k) {
      (slots.base + k).initialize(to: row)
      k += 1
    }
    return k - first
  }
}
