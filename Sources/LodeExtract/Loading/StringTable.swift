import Foundation

/// The corpus cache's strings, each distinct string stored once: their end offsets then
/// their UTF-8 bytes. Decoded once (on all cores), then records refer to them by index.
struct StringTable: @unchecked Sendable {
  /// The decoded strings.
  var strings: [String]
  /// The table's bytes in the file buffer (valid while the file buffer is).
  let blob: UnsafeRawBufferPointer
  let ends: UnsafeRawBufferPointer

  /// The UTF-8 bytes of string `i`.
  func bytes(_ i: Int) -> UnsafeRawBufferPointer {
    let lo = i == 0 ? 0 : Int(ends.loadUnaligned(fromByteOffset: (i - 1) * 4, as: UInt32.self))
    let hi = Int(ends.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
    return UnsafeRawBufferPointer(rebasing: blob[lo..<hi])
  }

  @inline(__always) static func append(_ w: UInt32, to out: inout [UInt8]) {
    withUnsafeBytes(of: w.littleEndian) { out.append(contentsOf: $0) }
  }

  /// Decodes the table at `offset` in `file`; returns it and the offset just past it.
  static func decode(_ file: UnsafeRawBufferPointer, at offset: Int) -> (StringTable, Int)? {
    guard offset + 4 <= file.count else { return nil }
    let n = Int(file.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    guard n <= (file.count - offset - 4) / 4 else { return nil }
    let ends = UnsafeRawBufferPointer(rebasing: file[(offset + 4)..<(offset + 4 + 4 * n)])
    let blobStart = offset + 4 + 4 * n
    var previous: UInt32 = 0
    for i in 0..<n {
      let e = ends.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)
      guard e >= previous else { return nil }
      previous = e
    }
    guard blobStart + Int(previous) <= file.count else { return nil }
    let blob = UnsafeRawBufferPointer(rebasing: file[blobStart..<(blobStart + Int(previous))])
    var table = StringTable(strings: [], blob: blob, ends: ends)
    let chunk = 4096
    let shared = table
    let parts = ParallelMap.map((n + chunk - 1) / chunk) { c -> [String] in
      (c * chunk..<min(n, (c + 1) * chunk)).map { String(decoding: shared.bytes($0), as: UTF8.self) }
    }
    table.strings.reserveCapacity(n)
    for p in parts { table.strings += p }
    return (table, blobStart + Int(previous))
  }
}
