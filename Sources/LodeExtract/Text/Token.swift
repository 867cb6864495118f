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

  public init(
    kind: Kind, start: Int, end: Int, text: String, key: String, paragraph: Int, spaceBefore: Bool,
    isCapitalised: Bool
  ) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.key = key
    self.paragraph = paragraph
    self.spaceBefore = spaceBefore
    self.isCapitalised = isCapitalised
    if kind == .word { lex = LexFlags.table[key] ?? [] }
  }

  @inline(__always) public func has(_ f: LexFlags) -> Bool { lex.contains(f) }

  public func isPunct(_ s: String) -> Bool { kind == .punct && text == s }
}
