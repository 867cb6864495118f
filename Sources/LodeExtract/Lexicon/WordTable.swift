import LodeCore

/// A read-only table from folded words to values, probed with a hash of the word's UTF-8
/// bytes that the tokenizer computes once per token (`Token.hash`), so lookups in hot loops
/// skip `Hasher` (SipHash) and compare integers. Token lookups compare the 64-bit hash only.
public struct WordTable<Value: Sendable>: Sendable {
  private var hashes: [UInt64]
  private var keys: [String]
  private var values: [Value?]
  private let mask: Int
  /// Some word hashes to 0, the mark of an empty slot in `hashes` (never seen; kept exact).
  private var zeroHash = false

  public init(_ entries: [String: Value]) {
    // Sorted insertion keeps the layout identical from run to run.
    self.init(slots: entries.sorted(by: { $0.key < $1.key }).map { (Self.hash($0.key), $0.key, $0.value) })
  }

  /// A table of precomputed hashes, answering `lookup(hash:)` only (it keeps no words): for
  /// keys that are not one word, such as the first two keys of a gazetteer name.
  public init(hashed entries: [(UInt64, Value)]) {
    self.init(slots: entries.map { ($0.0, "", $0.1) })
  }

  /// Open addressing, entries inserted in the order given.
  private init(slots entries: [(hash: UInt64, key: String, value: Value)]) {
    var size = 16
    while size < entries.count * 3 { size *= 2 }
    mask = size - 1
    hashes = [UInt64](repeating: 0, count: size)
    keys = [String](repeating: "", count: size)
    values = [Value?](repeating: nil, count: size)
    for (h, k, v) in entries {
      if h == 0 { zeroHash = true }
      var i = Int(truncatingIfNeeded: h) & mask
      while values[i] != nil { i = (i + 1) & mask }
      hashes[i] = h
      keys[i] = k
      values[i] = v
    }
  }

  /// FNV-1a over the word's UTF-8 bytes (`FNV1a.hash`).
  @inline(__always) public static func hash(_ word: String) -> UInt64 { FNV1a.hash(word) }

  /// The value for `word`, whose `hash(_:)` is `h`.
  @inline(__always) public func lookup(_ word: String, hash h: UInt64) -> Value? {
    var i = Int(truncatingIfNeeded: h) & mask
    while let v = values[i] {
      if hashes[i] == h, keys[i] == word { return v }
      i = (i + 1) & mask
    }
    return nil
  }

  public func lookup(_ word: String) -> Value? { lookup(word, hash: Self.hash(word)) }

  /// The value for the word whose `hash(_:)` is `h`, comparing hashes only (a token carries
  /// its key's hash, not the key).
  @inline(__always) public func lookup(hash h: UInt64) -> Value? {
    var i = Int(truncatingIfNeeded: h) & mask
    guard !zeroHash else {
      while let v = values[i] {
        if hashes[i] == h { return v }
        i = (i + 1) & mask
      }
      return nil
    }
    // Most words are in no table: a miss reads only `hashes`, where 0 marks an empty slot.
    while true {
      let x = hashes[i]
      if x == h { return values[i] }
      if x == 0 { return nil }
      i = (i + 1) & mask
    }
  }

  /// The value for token `t`'s folded key.
  @inline(__always) public func lookup(_ t: Token) -> Value? { lookup(hash: t.hash) }
}

/// A read-only set of folded words, tested with a token's key hash.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private let table: WordTable<Bool>

  public init(_ words: some Sequence<String>) {
    var d: [String: Bool] = [:]
    for w in words { d[w] = true }
    table = WordTable(d)
  }

  public init(arrayLiteral words: String...) { self.init(words) }

  @inline(__always) public func contains(_ t: Token) -> Bool { table.lookup(hash: t.hash) != nil }
  /// The token's text, case included, is one of the words (for spellings such as "USD").
  @inline(__always) public func contains(text t: Token) -> Bool { table.lookup(hash: t.rawHash) != nil }
}
