/// Sorts completion values in `Value.order` for strings (folded key, then exact text),
/// comparing ASCII keys as bytes instead of as Strings (a fraction of the instructions).
///
/// Exact: ASCII text is its own normal form, so byte order is String order; a pair with
/// any non-ASCII key, or with equal keys, is compared as Strings, as before.
struct SortKey {
  /// The key's UTF-8 bytes when all are ASCII, else nil.
  var ascii: [UInt8]?
  var index: Int

  init(_ key: String, index: Int) {
    let bytes = Array(key.utf8)
    self.ascii = bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    self.index = index
  }

  static func sorted(_ values: CompletionCache.Values) -> CompletionCache.Values {
    var keys = values.indices.map { SortKey(values[$0].key, index: $0) }
    keys.sort { a, b in
      if let x = a.ascii, let y = b.ascii, let order = SortKey.compare(x, y) { return order }
      let x = values[a.index]
      let y = values[b.index]
      return x.key != y.key ? x.key < y.key : x.text < y.text
    }
    return keys.map { values[$0.index] }
  }

  /// True when `x` sorts before `y` byte by byte, false when after, nil when equal.
  static func compare(_ x: [UInt8], _ y: [UInt8]) -> Bool? {
    x.withUnsafeBufferPointer { a in
      y.withUnsafeBufferPointer { b in
        let n = min(a.count, b.count)
        for i in 0..<n where a[i] != b[i] { return a[i] < b[i] }
        return a.count == b.count ? nil : a.count < b.count
      }
    }
  }
}
