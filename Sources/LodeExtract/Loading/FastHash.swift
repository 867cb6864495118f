/// A stable 64-bit hash that takes eight bytes per step (multiply and xor-shift), for
/// cache keys over many megabytes of text: same input, same key, on every run and platform.
struct FastHash {
  private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

  @inline(__always) private mutating func mix(_ w: UInt64) {
    value = (value ^ w) &* 0xFF51_AFD7_ED55_8CCD
    value ^= value >> 32
  }

  /// Adds the string's UTF-8 bytes and its length (so concatenations differ).
  mutating func add(_ s: String) {
    var s = s
    s.withUTF8 { add(UnsafeRawBufferPointer($0)) }
  }

  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    let n = bytes.count
    var i = 0
    while i + 8 <= n {
      mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < n {
      tail |= UInt64(bytes[i]) << shift
      shift += 8
      i += 1
    }
    mix(tail)
    mix(UInt64(n))
  }

  /// Adds one 64-bit value (e.g. another hash).
  mutating func add(_ v: UInt64) { mix(v) }

  /// Sixteen hex digits.
  var hex: String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
