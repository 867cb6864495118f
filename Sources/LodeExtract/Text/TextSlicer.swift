/// Fast substrings by Unicode-scalar offsets: the text's UTF-8 bytes plus the byte offset
/// of every scalar, so slicing is a byte copy instead of re-encoding scalars.
public struct TextSlicer: Sendable {
  public let utf8: [UInt8]
  /// Byte offset of scalar i; one extra entry for the end.
  public let offsets: [Int]

  public init(_ text: String) {
    utf8 = Array(text.utf8)
    let bytes = utf8
    // One pass into preallocated storage: a scalar starts at every non-continuation byte.
    offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { out, count in
      var o = 0
      bytes.withUnsafeBufferPointer { b in
        for i in 0..<b.count where b[i] & 0xC0 != 0x80 {
          out.initializeElement(at: o, to: i)
          o += 1
        }
      }
      out.initializeElement(at: o, to: bytes.count)
      count = o + 1
    }
  }

  public init(scalars: [Unicode.Scalar]) {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars)
    self.init(String(s))
  }

  public var scalarCount: Int { offsets.count - 1 }

  public func string(_ a: Int, _ b: Int) -> String {
    let lo = max(0, min(a, scalarCount))
    let hi = max(lo, min(b, scalarCount))
    return String(decoding: utf8[offsets[lo]..<offsets[hi]], as: UTF8.self)
  }

  /// True when scalars [a, b) are all ASCII.
  @inline(__always) public func isASCII(_ a: Int, _ b: Int) -> Bool { offsets[b] - offsets[a] == b - a }

  /// ASCII text, its lowercase key and the key's `WordTable.hash`, in one pass over the bytes.
  @inline(__always) public func asciiToken(_ a: Int, _ b: Int) -> (text: String, key: String, hash: UInt64) {
    let lo = offsets[a]
    let n = offsets[b] - lo
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var upper = false
    let text = utf8.withUnsafeBufferPointer { src in
      String(unsafeUninitializedCapacity: n) { dst in
        for j in 0..<n {
          let c = src[lo + j]
          dst[j] = c
          let isUpper = c >= 65 && c <= 90
          upper = upper || isUpper
          h = (h ^ UInt64(isUpper ? c + 32 : c)) &* 0x100_0000_01b3
        }
        return n
      }
    }
    // Most words are lowercase already: the key is the same string.
    guard upper else { return (text, text, h) }
    let key = utf8.withUnsafeBufferPointer { src in
      String(unsafeUninitializedCapacity: n) { dst in
        for j in 0..<n {
          let c = src[lo + j]
          dst[j] = c >= 65 && c <= 90 ? c + 32 : c
        }
        return n
      }
    }
    return (text, key, h)
  }

  /// ASCII text and its lowercase key, built straight from the bytes.
  @inline(__always) public func asciiTextAndKey(_ a: Int, _ b: Int) -> (String, String) {
    let lo = offsets[a]
    let n = offsets[b] - lo
    let text = utf8.withUnsafeBufferPointer { src in
      String(unsafeUninitializedCapacity: n) { dst in
        for j in 0..<n { dst[j] = src[lo + j] }
        return n
      }
    }
    let hasUpper = utf8.withUnsafeBufferPointer { src in
      var upper = false
      for j in 0..<n where src[lo + j] >= 65 && src[lo + j] <= 90 { upper = true }
      return upper
    }
    // Most words are lowercase already: the key is the same string.
    guard hasUpper else { return (text, text) }
    let key = utf8.withUnsafeBufferPointer { src in
      String(unsafeUninitializedCapacity: n) { dst in
        for j in 0..<n {
          let c = src[lo + j]
          dst[j] = c >= 65 && c <= 90 ? c + 32 : c
        }
        return n
      }
    }
    return (text, key)
  }
}
