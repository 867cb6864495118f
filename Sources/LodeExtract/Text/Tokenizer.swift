import Foundation
import LodeCore

/// Splits document text into tokens in one linear pass over its Unicode scalars.
///
/// Words keep internal hyphens and apostrophes ("Ivano-Frankivsk", "don't"); a trailing
/// possessive ("'s", "’s") becomes its own token so "Zelensky's" matches "Zelensky";
/// dotted abbreviations ("U.S.", "J.D.") stay one word; numbers keep separators ("1,200.5").
public enum Tokenizer {
  public static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
    tokenize(s, TextSlicer(scalars: s))
  }

  public static func tokenize(_ s: [Unicode.Scalar], _ slicer: TextSlicer) -> [Token] {
    var tokens: [Token] = []
    // Dense news text has about one token per four scalars; growing the array copies tokens.
    tokens.reserveCapacity(s.count / 3 + 16)
    var i = 0
    var paragraph = 0
    var space = true
    let n = s.count
    // Texts that separate paragraphs with blank lines may wrap lines inside a paragraph.
    let blankLines = hasBlankLine(utf8: slicer.utf8)
    var pendingNewlines = 0
    func emit(_ kind: Token.Kind, _ a: Int, _ b: Int) {
      let text: String
      let key: String
      let hash: UInt64
      if slicer.isASCII(a, b) {
        (text, key, hash) = slicer.asciiToken(a, b)
      } else {
        text = slicer.string(a, b)
        // Only words need folding; marks and dashes are their own key.
        key = kind == .word ? Fold.key(text) : text
        hash = WordTable<LexFlags>.hash(key)
      }
      let first = s[a]
      // Only words can be capitalised: marks skip the Unicode property lookup.
      let upper = kind == .word && (first.value < 0x80 ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase)
      tokens.append(
        Token(kind: kind, start: a, end: b, text: text, key: key, hash: hash, paragraph: paragraph, spaceBefore: space,
          isCapitalised: upper, first: first, last: s[b - 1]))
      space = false
    }
    while i < n {
      let c = s[i]
      if c == "\n" {
        pendingNewlines += 1
        if !tokens.isEmpty, tokens[tokens.count - 1].paragraph == paragraph, !blankLines || pendingNewlines >= 2 {
          paragraph += 1
        }
        space = true
        i += 1
        continue
      }
      if c == " " || c == "\t" || c == "\r" || (c.value >= 0x80 && c.properties.isWhitespace) {
        space = true
        i += 1
        continue
      }
      pendingNewlines = 0
      if isLetter(c) {
        var j = i + 1
        // Dotted abbreviation: single letters each followed by a dot ("U.S.", "J.D.").
        if j + 2 < n, s[j] == ".", isLetter(s[j + 1]), s[j + 2] == "." {
          var k = i
          while k + 1 < n, isLetter(s[k]), s[k + 1] == "." { k += 2 }
          emit(.word, i, k)
          i = k
          continue
        }
        while j < n {
          let d = s[j]
          if isLetter(d) || isDigit(d) { j += 1; continue }
          if (d == "-" || d == "'" || d == "\u{2019}"), j + 1 < n, isLetter(s[j + 1]) {
            // possessive 's at the end of a word
            if d != "-", (s[j + 1] == "s" || s[j + 1] == "S"), j + 2 >= n || !isLetter(s[j + 2]) { break }
            j += 2
            continue
          }
          break
        }
        emit(.word, i, j)
        if j + 1 < n, s[j] == "'" || s[j] == "\u{2019}", s[j + 1] == "s" || s[j + 1] == "S",
          j + 2 >= n || !isLetter(s[j + 2])
        {
          emit(.possessive, j, j + 2)
          j += 2
        } else if j < n, s[j] == "'" || s[j] == "\u{2019}", s[j - 1] == "s", j + 1 >= n || !isLetter(s[j + 1]) {
          emit(.possessive, j, j + 1)  // plural possessive: "officials'"
          j += 1
        }
        i = j
        continue
      }
      if isDigit(c) {
        var j = i + 1
        while j < n {
          if isDigit(s[j]) { j += 1; continue }
          if s[j] == "," || s[j] == ".", j + 1 < n, isDigit(s[j + 1]) { j += 2; continue }
          break
        }
        emit(.number, i, j)
        i = j
        continue
      }
      switch c {
      case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}":
        emit(.quote, i, i + 1)
      default:
        emit(.punct, i, i + 1)
      }
      i += 1
    }
    return tokens
  }

  /// True when two line breaks occur with only spaces or tabs between them. The marks are
  /// ASCII and no byte of a multi-byte scalar is, so the bytes answer as the scalars would.
  static func hasBlankLine(utf8: [UInt8]) -> Bool {
    utf8.withUnsafeBufferPointer { b in
      var newline = false
      for c in b {
        if c == 0x0A {
          if newline { return true }
          newline = true
        } else if c != 0x20 && c != 0x09 && c != 0x0D {
          newline = false
        }
      }
      return false
    }
  }

  @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
    // General Punctuation (dashes, curly quotes, spaces) holds no letters.
    if c.value >= 0x2000 && c.value <= 0x206F { return false }
    return c.properties.isAlphabetic && !c.properties.isWhitespace
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
