import Foundation
import LodeCore

/// Splits document text into tokens in one linear pass over its Unicode scalars (read from
/// the UTF-8 bytes).
///
/// Words keep internal hyphens and apostrophes ("Ivano-Frankivsk", "don't"); a trailing
/// possessive ("'s", "’s") becomes its own token so "Zelensky's" matches "Zelensky";
/// dotted abbreviations ("U.S.", "J.D.") stay one word; numbers keep separators ("1,200.5").
public enum Tokenizer {
  public static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
    tokenize(TextSlicer(scalars: s))
  }

  /// The words of a short text (a name in the gazetteer) with their keys and spellings.
  public static func words(_ text: String) -> [(token: Token, key: String, text: String)] {
    let slicer = TextSlicer(text)
    return tokenize(slicer).map { ($0, slicer.key($0), slicer.text($0)) }
  }

  /// The tokens of the slicer's text, scanned straight from its UTF-8 bytes.
  public static func tokenize(_ slicer: TextSlicer) -> [Token] {
    slicer.utf8.withUnsafeBufferPointer { utf8 in
      slicer.offsets.withUnsafeBufferPointer { offsets in
        var scan = Scan(s: Scalars(utf8: utf8, offsets: offsets), utf8: utf8, offsets: offsets)
        scan.run()
        return scan.tokens
      }
    }
  }

  /// The text's scalars by index, decoded from the UTF-8 bytes where they are read (no
  /// array of scalars is built): an ASCII byte is its own scalar.
  struct Scalars {
    let utf8: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<Int>
    var count: Int { offsets.count - 1 }

    @inline(__always) subscript(i: Int) -> Unicode.Scalar {
      let p = offsets[i]
      let c = UInt32(utf8[p])
      if c < 0x80 { return Unicode.Scalar(UInt8(c)) }
      return Self.decode(utf8, p, offsets[i + 1] - p)
    }

    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ n: Int) -> Unicode.Scalar {
      let c = UInt32(b[p])
      let v: UInt32
      switch n {
      case 2: v = (c & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F)
      case 3: v = (c & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F)
      case 4: v = (c & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F)
      default: v = 0xFFFD
      }
      return Unicode.Scalar(v) ?? "\u{FFFD}"
    }
  }

  /// One document's scan state. A struct with mutating methods (not closures over local
  /// variables), so the token array and the interner are reached without retains.
  struct Scan {
    let s: Scalars
    let utf8: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<Int>
    var tokens: [Token] = []
    /// The word-class table, held here so the hot loop reads no global.
    let lexicon = LexFlags.words
    var paragraph = 0
    var space = true

    init(s: Scalars, utf8: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int>) {
      self.s = s
      self.utf8 = utf8
      self.offsets = offsets
      // Dense news text has about one token per four scalars; growing the array copies tokens.
      tokens.reserveCapacity(s.count / 3 + 16)
    }

    @inline(__always) mutating func emit(_ kind: Token.Kind, _ a: Int, _ b: Int) {
      let lo = offsets[a]
      let hi = offsets[b]
      let first = s[a]
      let hash: UInt64
      let rawHash: UInt64
      let keyCount: Int
      if hi - lo == b - a {
        (hash, rawHash) = Tokenizer.asciiHashes(utf8, lo, hi)
        keyCount = hi - lo
      } else {
        let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[lo..<hi]), as: UTF8.self)
        // Only words need folding; marks and dashes are their own key.
        let key = kind == .word ? Fold.key(text) : text
        hash = WordTable<LexFlags>.hash(key)
        rawHash = WordTable<LexFlags>.hash(text)
        keyCount = key.utf8.count
      }
      let lex = kind == .word ? (lexicon.lookup(hash: hash) ?? []) : []
      // Only words can be capitalised: marks skip the Unicode property lookup.
      let upper = kind == .word && (first.value < 0x80 ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase)
      tokens.append(
        Token(
          kind: kind, start: a, end: b, paragraph: paragraph, hash: hash, rawHash: rawHash, lex: lex, first: first,
          keyCount: keyCount, spaceBefore: space, isCapitalised: upper, endsWithDot: kind == .word && s[b - 1] == "."))
      space = false
    }

    mutating func run() {
      var i = 0
      let n = s.count
      // Texts that separate paragraphs with blank lines may wrap lines inside a paragraph.
      let blankLines = Tokenizer.hasBlankLine(utf8: utf8)
      var pendingNewlines = 0
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
            // A run of ASCII letters and digits moves one scalar per byte, read off the bytes.
            var p = offsets[j]
            while j < n, Tokenizer.isASCIILetterOrDigit(utf8[p]) {
              j += 1
              p += 1
            }
            guard j < n else { break }
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
    }
  }

  /// FNV-1a hashes of ASCII bytes lowercased (the key) and as written, in one pass.
  @inline(__always) static func asciiHashes(
    _ utf8: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int
  ) -> (key: UInt64, raw: UInt64) {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var r: UInt64 = 0xcbf2_9ce4_8422_2325
    for j in lo..<hi {
      let c = utf8[j]
      r = (r ^ UInt64(c)) &* 0x100_0000_01b3
      h = (h ^ UInt64(c >= 65 && c <= 90 ? c + 32 : c)) &* 0x100_0000_01b3
    }
    return (h, r)
  }

  /// True when two line breaks occur with only spaces or tabs between them. The marks are
  /// ASCII and no byte of a multi-byte scalar is, so the bytes answer as the scalars would.
  static func hasBlankLine(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = b.baseAddress else { return false }
    var i = 0
    let n = b.count
    while i < n {
      // Skip to the next line break (memchr), then look past spaces for another.
      guard let hit = memchr(base + i, 0x0A, n - i) else { return false }
      var j = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base + 1
      while j < n, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D { j += 1 }
      if j < n, b[j] == 0x0A { return true }
      i = j
    }
    return false
  }

  @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
    // General Punctuation (dashes, curly quotes, spaces) holds no letters.
    if c.value >= 0x2000 && c.value <= 0x206F { return false }
    return c.properties.isAlphabetic && !c.properties.isWhitespace
  }

  @inline(__always) static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
    (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
