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

  /// First scalar is an uppercase letter.
  public var isCapitalised: Bool {
    guard kind == .word, let f = text.unicodeScalars.first else { return false }
    return f.properties.isUppercase
  }

  public func isPunct(_ s: String) -> Bool { kind == .punct && text == s }
}
