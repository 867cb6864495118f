import LodeCore

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
    // Eight ASCII bytes at a time (no high bit set) are eight scalars in a row.
    offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { out, count in
      guard let dst = out.baseAddress else { return }
      var o = 0
      bytes.withUnsafeBufferPointer { b in
        guard let base = b.baseAddress else { return }
        let n = b.count
        var i = 0
        while i + 8 <= n {
          if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            for k in 0..<8 { (dst + o + k).initialize(to: i + k) }
            o += 8
          } else {
            for k in i..<i + 8 where base[k] & 0xC0 != 0x80 {
              (dst + o).initialize(to: k)
              o += 1
            }
          }
          i += 8
        }
        for k in i..<n where base[k] & 0xC0 != 0x80 {
          (dst + o).initialize(to: k)
          o += 1
        }
      }
      (dst + o).initialize(to: bytes.count)
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

  /// A token's text as written.
  @inline(__always) public func text(_ t: Token) -> String { string(t.start, t.end) }

  /// A token's folded key: lowercase and diacritic-free for words, the text itself otherwise.
  public func key(_ t: Token) -> String {
    let lo = offsets[t.start]
    let hi = offsets[t.end]
    if hi - lo == t.end - t.start {
      return utf8.withUnsafeBufferPointer { b in
        String(unsafeUninitializedCapacity: hi - lo) { dst in
          for j in lo..<hi { dst[j - lo] = ASCII.lower(b[j]) }
          return hi - lo
        }
      }
    }
    return t.kind == .word ? Fold.key(text(t)) : text(t)
  }

  /// A token's UTF-8 bytes.
  @inline(__always) public func bytes(_ t: Token) -> ArraySlice<UInt8> { utf8[offsets[t.start]..<offsets[t.end]] }

  /// The token's folded key ends with `suffix` (lowercase ASCII), tested on the bytes.
  /// The suffix is a `StaticString` (ASCII, lowercase): its bytes are read in place, where
  /// iterating a `String`'s UTF-8 view cost more than the comparison.
  public func keyHasSuffix(_ t: Token, _ suffix: StaticString) -> Bool {
    let (lo, hi) = (offsets[t.start], offsets[t.end])
    guard hi - lo == t.end - t.start else { return key(t).hasSuffix(suffix.description) }
    let n = suffix.utf8CodeUnitCount
    guard hi - lo >= n else { return false }
    let s = suffix.utf8Start
    for k in 0..<n {
      let x = utf8[hi - n + k]
      if ASCII.lower(x) != s[k] { return false }
    }
    return true
  }
}
