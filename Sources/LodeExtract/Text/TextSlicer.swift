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
}
