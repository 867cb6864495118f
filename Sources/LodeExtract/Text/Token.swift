/// One token of a document: a word, a number, a punctuation mark or a quotation mark, with
/// its span in Unicode scalars. Plain data, no Strings: stages copy tokens freely, and a
/// token's text or folded key is sliced from the document (`TextSlicer.text(_:)`/`key(_:)`)
/// only where a fact is emitted. Words are compared by the hash of their folded key
/// (`keyIs`), exact spellings by the hash of their bytes (`textIs`).
public struct Token: Sendable, Hashable, BitwiseCopyable {
  public enum Kind: Sendable, Hashable, BitwiseCopyable { case word, number, punct, quote, possessive }

  public var kind: Kind
  /// Scalar span and paragraph stored as 32 bits (a token is 48 bytes, not 64: every stage
  /// walks the token array); documents are far below 2^31 scalars (`CorpusLoader.maxBytes`).
  private var start32: Int32
  private var end32: Int32
  private var paragraph32: Int32
  @inline(__always) public var start: Int {
    get { Int(start32) }
    set { start32 = Int32(truncatingIfNeeded: newValue) }
  }
  @inline(__always) public var end: Int {
    get { Int(end32) }
    set { end32 = Int32(truncatingIfNeeded: newValue) }
  }
  /// Paragraph index (a paragraph is a line of text, or a block between blank lines).
  @inline(__always) public var paragraph: Int {
    get { Int(paragraph32) }
    set { paragraph32 = Int32(truncatingIfNeeded: newValue) }
  }
  /// `WordTable.hash` of the folded key (lowercased, diacritic-free: `Fold.key`).
  public var hash: UInt64
  /// `WordTable.hash` of the text exactly as written.
  public var rawHash: UInt64
  /// Word classes of the key (speech verb, month, title…).
  public var lex: LexFlags
  /// The first scalar, so single-mark tests compare integers instead of strings.
  public var first: Unicode.Scalar
  /// Length of the folded key in UTF-8 bytes.
  public var keyCount: Int32
  /// Whitespace precedes this token.
  public var spaceBefore: Bool
  /// A word whose first scalar is an uppercase letter.
  public var isCapitalised: Bool
  /// A word ending in a full stop (a dotted abbreviation such as "U.S.").
  public var endsWithDot: Bool
  /// The token's text holds a hyphen-minus ("two-thirds", or the mark "-" itself).
  public var hasHyphen: Bool

  public init(
    kind: Kind, start: Int, end: Int, paragraph: Int, hash: UInt64, rawHash: UInt64, lex: LexFlags,
    first: Unicode.Scalar, keyCount: Int, spaceBefore: Bool, isCapitalised: Bool, endsWithDot: Bool,
    hasHyphen: Bool = false
  ) {
    self.kind = kind
    start32 = Int32(truncatingIfNeeded: start)
    end32 = Int32(truncatingIfNeeded: end)
    paragraph32 = Int32(truncatingIfNeeded: paragraph)
    self.hash = hash
    self.rawHash = rawHash
    self.lex = lex
    self.first = first
    self.keyCount = Int32(truncatingIfNeeded: keyCount)
    self.spaceBefore = spaceBefore
    self.isCapitalised = isCapitalised
    self.endsWithDot = endsWithDot
    self.hasHyphen = hasHyphen
  }

  @inline(__always) public func has(_ f: LexFlags) -> Bool { lex.contains(f) }

  /// The folded key is `word` (already lowercase): compared by hash and length. A 64-bit
  /// FNV-1a collision between two words of the same length is the only way this errs.
  @inline(__always) public func keyIs(_ word: String) -> Bool {
    Int(keyCount) == word.utf8.count && hash == WordTable<LexFlags>.hash(word)
  }

  /// The text is exactly `word`, case included (compared by hash).
  @inline(__always) public func textIs(_ word: String) -> Bool { rawHash == WordTable<LexFlags>.hash(word) }

  /// A punctuation token is one scalar: this compares it as an integer.
  @inline(__always) public func isPunct(_ c: Unicode.Scalar) -> Bool { kind == .punct && first == c }
}
