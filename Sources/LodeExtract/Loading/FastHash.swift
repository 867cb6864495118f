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

extension FastHash {
  /// `FastHash.add(_:)` over bytes given in pieces: the same value as hashing the pieces
  /// joined, without joining them (a cache section is written as several buffers).
  struct Stream {
    private var hash = FastHash()
    private var pending: UInt64 = 0
    private var pendingBytes = 0
    private var total = 0

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
      let n = bytes.count
      total += n
      var i = 0
      if pendingBytes > 0 {
        while pendingBytes < 8, i < n {
          pending |= UInt64(bytes[i]) << (8 * UInt64(pendingBytes))
          pendingBytes += 1
          i += 1
        }
        guard pendingBytes == 8 else { return }
        hash.add(pending)
        (pending, pendingBytes) = (0, 0)
      }
      while i + 8 <= n {
        hash.add(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
        i += 8
      }
      while i < n {
        pending |= UInt64(bytes[i]) << (8 * UInt64(pendingBytes))
        pendingBytes += 1
        i += 1
      }
    }

    /// The hash of every byte added so far, as `FastHash.add` of them all at once gives it.
    var value: UInt64 {
      var h = hash
      h.add(pending)
      h.add(UInt64(total))
      return h.value
    }
  }
}
