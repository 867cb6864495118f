import Foundation
/// One token of a document: a word, a number, a punctuation mark or a quotation mark,
/// with its span in Unicode scalars. `key` is the folded form used for lookups.
public struct Token: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case word, number, punct, quote, possessive }

  public var kind: Kind
  public var start: Int
  public var end: Int
  public var text: String
  /// Lowercased, diacritic-free form (`Fold.key`).
  public var key: String
  /// Paragraph index (a paragraph is a line of text).
  public var paragraph: Int
  /// Whitespace precedes this token.
  public var spaceBefore: Bool

  /// A word whose first scalar is an uppercase letter.
  public var isCapitalised: Bool
  /// Word classes of `key` (speech verb, month, title…).
  public var lex: LexFlags = []
  /// `WordTable.hash(key)`, for table lookups without rehashing.
  public var hash: UInt64
  /// The first scalar, so single-mark tests compare integers instead of strings.
  public var first: Unicode.Scalar

  public init(
    kind: Kind, start: Int, end: Int, text: String, key: String, paragraph: Int, spaceBefore: Bool,
    isCapitalised: Bool, first: Unicode.Scalar? = nil, last: Unicode.Scalar? = nil
  ) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.key = key
    self.paragraph = paragraph
    self.spaceBefore = spaceBefore
    self.isCapitalised = isCapitalised
    hash = WordTable<LexFlags>.hash(key)
    self.first = first ?? text.unicodeScalars.first ?? " "
    endsWithDot = kind == .word && (last.map { $0 == "." } ?? (text.utf8.last == 0x2E))
    if kind == .word { lex = LexFlags.words.lookup(key, hash: hash) ?? [] }
  }

  /// The tokenizer's form: `hash` (`WordTable.hash(key)`, computed while the key's bytes were
  /// written) and `lex` are known, as are the first and last scalars, so nothing is re-read.
  @inline(__always) init(
    kind: Kind, start: Int, end: Int, text: String, key: String, hash: UInt64, lex: LexFlags, paragraph: Int,
    spaceBefore: Bool, isCapitalised: Bool, first: Unicode.Scalar, last: Unicode.Scalar
  ) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.key = key
    self.paragraph = paragraph
    self.spaceBefore = spaceBefore
    self.isCapitalised = isCapitalised
    self.hash = hash
    self.first = first
    self.lex = lex
    endsWithDot = kind == .word && last == "."
  }

  @inline(__always) public func has(_ f: LexFlags) -> Bool { lex.contains(f) }

  /// A word ending in a full stop (a dotted abbreviation such as "U.S.").
  public var endsWithDot: Bool

  @_disfavoredOverload public func isPunct(_ s: String) -> Bool { kind == .punct && text == s }

  /// A punctuation token is one scalar: this compares it as an integer.
  @inline(__always) public func isPunct(_ c: Unicode.Scalar) -> Bool { kind == .punct && first == c }
}
