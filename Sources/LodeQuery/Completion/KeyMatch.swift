import LodeCore

/// Where a typed folded key occurs in a value's folded key: at its start, further in, or
/// not at all — compared byte by byte when both are ASCII, as Strings otherwise.
///
/// Exact: ASCII text is its own normal form and each byte is a Character, so the byte
/// tests answer what `hasPrefix` and `contains` answer, at a fraction of the cost.
struct KeyMatch {
  enum Place { case prefix, inside }

  let key: String
  private let bytes: [UInt8]
  private let ascii: Bool

  init(_ key: String) {
    self.key = key
    bytes = Array(key.utf8)
    ascii = bytes.allSatisfy { $0 < 0x80 }
  }

  func match(_ hay: String) -> Place? {
    if ascii, case .decided(let place)? = hay.utf8.withContiguousStorageIfAvailable({ asciiMatch($0) }) {
      return place
    }
    if hay.hasPrefix(key) { return .prefix }
    return Fold.keyContains(hay, key) ? .inside : nil
  }

  private enum Answer { case decided(Place?), undecided }

  /// The byte answer when `hay` is all ASCII; undecided otherwise (the String tests decide).
  private func asciiMatch(_ hay: UnsafeBufferPointer<UInt8>) -> Answer {
    for b in hay where b >= 0x80 { return .undecided }
    let n = bytes.count
    if n == 0 { return .decided(.prefix) }
    guard n <= hay.count else { return .decided(nil) }
    return bytes.withUnsafeBufferPointer { needle in
      var start = 0
      while start + n <= hay.count {
        var i = 0
        while i < n, hay[start + i] == needle[i] { i += 1 }
        if i == n { return .decided(start == 0 ? .prefix : .inside) }
        start += 1
      }
      return .decided(nil)
    }
  }
}
