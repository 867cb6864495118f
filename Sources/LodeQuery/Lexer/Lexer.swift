import Foundation
import LodeCore

/// Splits a query line into tokens, decoding literals (money, percent, dates, durations).
///
/// Never throws: malformed pieces become `.invalid` tokens plus a diagnostic, so
/// completion can still work on half-typed lines. Offsets are Unicode scalars.
public struct Lexer {
  let scalars: [Unicode.Scalar]
  var i = 0
  var tokens: [Token] = []
  var diagnostics: [Diagnostic] = []

  public init(_ line: String) { scalars = Array(line.unicodeScalars) }

  /// The tokens of `line`, always ending with `.end`, and any lexical errors.
  public static func tokenize(_ line: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lexer = Lexer(line)
    lexer.run()
    return (lexer.tokens, lexer.diagnostics)
  }

  mutating func run() {
    while true {
      skipSpaces()
      guard i < scalars.count else { break }
      lexOne()
    }
    tokens.append(Token(.end, span: SourceSpan(scalars.count, scalars.count), text: ""))
  }

  // MARK: - Character classes

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let j = i + offset
    return j >= 0 && j < scalars.count ? scalars[j] : nil
  }

  static func isDigit(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    return c.value >= 48 && c.value <= 57
  }

  static func isLetter(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    if c.value < 128 {
      return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) || c == "_"
    }
    return c.properties.isAlphabetic
  }

  static func isSpace(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    return c == " " || c == "\t" || c == "\n" || c == "\r" || c.properties.isWhitespace
  }

  mutating func skipSpaces() {
    while i < scalars.count, Lexer.isSpace(scalars[i]) { i += 1 }
  }

  func text(_ a: Int, _ b: Int) -> String {
    // One scalar at a time: `append(contentsOf:)` an array slice runs unspecialized generic
    // code whose first use costs a scan of every protocol conformance (~0.3M instructions).
    var s = String.UnicodeScalarView()
    for k in a..<max(a, min(b, scalars.count)) { s.append(scalars[k]) }
    return String(s)
  }

  mutating func emit(_ kind: Token.Kind, from start: Int, open: Bool = false) {
    tokens.append(Token(kind, span: SourceSpan(start, i), text: text(start, i), isOpen: open))
  }

  mutating func fail(_ id: String, _ message: String, from start: Int, hint: String? = nil) {
    emit(.invalid, from: start)
    diagnostics.append(
      Diagnostic(.syntax, id: id, message, span: SourceSpan(start, i), hint: hint))
  }

  /// Reads letters, digits and inner hyphens (`who-said`) from the cursor.
  mutating func readWord() -> String {
    let start = i
    while i < scalars.count {
      let c = scalars[i]
      if Lexer.isLetter(c) || Lexer.isDigit(c) {
        i += 1
      } else if c == "-", Lexer.isLetter(peek(1)), i > start, Lexer.isLetter(peek(-1)) {
        i += 1
      } else {
        break
      }
    }
    return text(start, i)
  }

  // MARK: - Tokens

  mutating func lexOne() {
    let start = i
    let c = scalars[i]
    if Lexer.isDigit(c) || (c == "." && Lexer.isDigit(peek(1))) {
      lexNumber(start: start, currency: nil)
    } else if c == "\"" || c == "'" {
      lexString(quote: c)
    } else if let cur = Units.currency(symbol: c), Lexer.isDigit(peek(1)) {
      i += 1
      lexNumber(start: start, currency: cur)
    } else if c == "$" {
      i += 1
      guard Lexer.isLetter(peek()) else {
        fail(
          "query.lex.badVariable", "`$` must be followed by a variable name or an amount",
          from: start, hint: "e.g. $total or $500bn")
        return
      }
      let name = readWord()
      emit(.variable(name), from: start)
    } else if Lexer.isLetter(c) {
      let word = readWord()
      if Units.codes.contains(word), Lexer.isSpace(peek()) {
        let save = i
        skipSpaces()
        if Lexer.isDigit(peek()) {
          lexNumber(start: start, currency: word)
          return
        }
        i = save
      }
      emit(.identifier(word), from: start)
    } else if c == "-", peek(1) == "-", Lexer.isLetter(peek(2)) {
      i += 2
      let name = readWord()
      emit(.flag(name), from: start)
    } else {
      lexSymbol(start: start)
    }
  }

  mutating func lexSymbol(start: Int) {
    let c = scalars[i]
    let two = i + 1 < scalars.count ? String(Character(c)) + String(Character(scalars[i + 1])) : ""
    switch two {
    case "<=", ">=", "!=", "==", "<>":
      i += 2
      emit(.symbol(two == "==" ? "=" : (two == "<>" ? "!=" : two)), from: start)
      return
    default: break
    }
    switch c {
    case "|", "=", "<", ">", "~", "+", "-", "*", "/", "(", ")", "[", "]", ",":
      i += 1
      emit(.symbol(String(Character(c))), from: start)
    default:
      i += 1
      fail("query.lex.unexpectedCharacter", "unexpected character `\(Character(c))`", from: start)
    }
  }

  mutating func lexString(quote: Unicode.Scalar) {
    let start = i
    i += 1
    var out = String.UnicodeScalarView()
    while i < scalars.count {
      let c = scalars[i]
      if c == quote {
        i += 1
        emit(.string(String(out)), from: start)
        return
      }
      if c == "\\", i + 1 < scalars.count {
        let e = scalars[i + 1]
        switch e {
        case "n": out.append("\n")
        case "t": out.append("\t")
        default: out.append(e)
        }
        i += 2
        continue
      }
      out.append(c)
      i += 1
    }
    emit(.string(String(out)), from: start, open: true)
    diagnostics.append(
      Diagnostic(
        .syntax, id: "query.lex.unterminatedString", "this string has no closing quote",
        span: SourceSpan(start, i), hint: "end it with \(Character(quote))"))
  }
}
