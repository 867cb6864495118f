import Foundation
import LodeCore

/// One lexeme of a query line, with its span in Unicode-scalar offsets of the line.
///
/// Literals are decoded by the lexer (`$500bn` is already `Money`), so the parser
/// never re-reads text; `isOpen` marks a string literal whose closing quote is missing.
public struct Token: Hashable, Sendable {
  /// What the lexeme is, with its decoded payload.
  public enum Kind: Hashable, Sendable {
    case number(Decimal)
    case money(Money)
    case percent(Decimal)
    case duration(Duration)
    case date(DateValue)
    case string(String)
    case identifier(String)
    case variable(String)
    case flag(String)
    case symbol(String)
    case invalid
    case end
  }

  public var kind: Kind
  public var span: SourceSpan
  /// The exact source text of the lexeme.
  public var text: String
  /// True for a string literal that runs to the end of the line without a closing quote.
  public var isOpen: Bool

  public init(_ kind: Kind, span: SourceSpan, text: String, isOpen: Bool = false) {
    self.kind = kind
    self.span = span
    self.text = text
    self.isOpen = isOpen
  }

  public var identifier: String? { if case .identifier(let s) = kind { s } else { nil } }
  public var isEnd: Bool { if case .end = kind { true } else { false } }

  public func isSymbol(_ s: String) -> Bool {
    if case .symbol(let x) = kind { x == s } else { false }
  }

  public func isWord(_ w: String) -> Bool { identifier == w }
}
