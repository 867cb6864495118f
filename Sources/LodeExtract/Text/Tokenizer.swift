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
      var scan = Scan(utf8: utf8)
      scan.run()
      return scan.tokens
    }
  }

  /// One document's scan state: a cursor over the UTF-8 bytes that counts scalars as it
  /// goes, so a token's scalar span comes without a table of offsets. A struct with
  /// mutating methods (not closures over local variables), so the token array is reached
  /// without retains.
  struct Scan {
    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    var tokens: [Token] = []
    /// The word-class table, held here so the hot loop reads no global.
    let lexicon = LexFlags.words
    var paragraph = 0
    var space = true

    init(utf8: UnsafeBufferPointer<UInt8>) {
      b = utf8
      n = utf8.count
      // Dense news text has about one token per four scalars; growing the array copies tokens.
      tokens.reserveCapacity(n / 4 + 16)
    }

    /// The scalar starting at byte `p` and its length in bytes (an ASCII byte is its own
    /// scalar; a malformed sequence reads as U+FFFD, one byte at a time).
    @inline(__always) func scalar(_ p: Int) -> (Unicode.Scalar, Int) {
      let c = b[p]
      if c < 0x80 { return (Unicode.Scalar(c), 1) }
      return Tokenizer.decode(b, p)
    }

    /// Emits the token of bytes [lo, hi), scalars [a, z).
    @inline(__always) mutating func emit(_ kind: Token.Kind, _ lo: Int, _ hi: Int, _ a: Int, _ z: Int) {
      if hi - lo == z - a {
        let (hash, rawHash) = Tokenizer.asciiHashes(b, lo, hi)
        push(kind, lo, hi, a, z, hash: hash, rawHash: rawHash, keyCount: hi - lo)
      } else {
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
        // Only words need folding; marks and dashes are their own key.
        let key = kind == .word ? Fold.key(text) : text
        push(
          kind, lo, hi, a, z, hash: WordTable<LexFlags>.hash(key), rawHash: WordTable<LexFlags>.hash(text),
          keyCount: key.utf8.count)
      }
    }

    /// Appends the token whose hashes are known.
    @inline(__always) mutating func push(
      _ kind: Token.Kind, _ lo: Int, _ hi: Int, _ a: Int, _ z: Int, hash: UInt64, rawHash: UInt64, keyCount: Int
    ) {
      let first = scalar(lo).0
      let lex = kind == .word ? (lexicon.lookup(hash: hash) ?? []) : []
      // Only words can be capitalised: marks skip the Unicode property lookup.
      let upper = kind == .word && (first.value < 0x80 ? (first.value >= 65 && first.value <= 90) : Tokenizer.isUppercase(first))
      tokens.append(
        Token(
          kind: kind, start: a, end: z, paragraph: paragraph, hash: hash, rawHash: rawHash, lex: lex, first: first,
          keyCount: keyCount, spaceBefore: space, isCapitalised: upper, endsWithDot: kind == .word && b[hi - 1] == 0x2E))
      space = false
    }

    /// A letter starts at byte `p` (false past the end).
    @inline(__always) func letter(at p: Int) -> Bool { p < n && isLetter(scalar(p).0) }

    mutating func run() {
      var p = 0  // byte
      var i = 0  // scalar
      // Texts that separate paragraphs with blank lines may wrap lines inside a paragraph.
      let blankLines = Tokenizer.hasBlankLine(utf8: b)
      var pendingNewlines = 0
      while p < n {
        let (c, len) = scalar(p)
        if c == "\n" {
          pendingNewlines += 1
          if !tokens.isEmpty, tokens[tokens.count - 1].paragraph == paragraph, !blankLines || pendingNewlines >= 2 {
            paragraph += 1
          }
          space = true
          p += 1
          i += 1
          continue
        }
        if c == " " || c == "\t" || c == "\r" || (c.value >= 0x80 && Tokenizer.isWhitespace(c)) {
          space = true
          p += len
          i += 1
          continue
        }
        pendingNewlines = 0
        if isLetter(c) {
          var q = p + len
          var j = i + 1
          // The word's hashes as it is read, while it stays ASCII (`ascii`): no second pass.
          var ascii = len == 1
          var (h, r) = (Tokenizer.fnvOffset, Tokenizer.fnvOffset)
          if ascii { Tokenizer.hash(b[p], &h, &r) }
          // Dotted abbreviation: single letters each followed by a dot ("U.S.", "J.D.").
          if q < n, b[q] == 0x2E, q + 1 < n {
            let l1 = scalar(q + 1)
            if isLetter(l1.0), q + 1 + l1.1 < n, b[q + 1 + l1.1] == 0x2E {
              var kq = p
              var k = i
              while kq < n {
                let (ck, lk) = scalar(kq)
                guard isLetter(ck), kq + lk < n, b[kq + lk] == 0x2E else { break }
                kq += lk + 1
                k += 2
              }
              emit(.word, p, kq, i, k)
              (p, i) = (kq, k)
              continue
            }
          }
          while q < n {
            // A run of ASCII letters and digits moves one scalar per byte.
            while q < n, Tokenizer.isASCIILetterOrDigit(b[q]) {
              Tokenizer.hash(b[q], &h, &r)
              q += 1
              j += 1
            }
            guard q < n else { break }
            let (d, ld) = scalar(q)
            if isLetter(d) || isDigit(d) {
              ascii = false
              q += ld
              j += 1
              continue
            }
            if d == "-" || d == "'" || d == "\u{2019}", q + ld < n {
              let (e, le) = scalar(q + ld)
              if isLetter(e) {
                // possessive 's at the end of a word
                if d != "-", e == "s" || e == "S", !letter(at: q + ld + le) { break }
                if ld == 1, le == 1 {
                  Tokenizer.hash(b[q], &h, &r)
                  Tokenizer.hash(b[q + 1], &h, &r)
                } else {
                  ascii = false
                }
                q += ld + le
                j += 2
                continue
              }
            }
            break
          }
          if ascii {
            push(.word, p, q, i, j, hash: h, rawHash: r, keyCount: q - p)
          } else {
            emit(.word, p, q, i, j)
          }
          if q < n {
            let (d, ld) = scalar(q)
            if d == "'" || d == "\u{2019}" {
              if q + ld < n, b[q + ld] == 0x73 || b[q + ld] == 0x53, !letter(at: q + ld + 1) {
                emit(.possessive, q, q + ld + 1, j, j + 2)
                q += ld + 1
                j += 2
              } else if b[q - 1] == 0x73, !letter(at: q + ld) {
                emit(.possessive, q, q + ld, j, j + 1)  // plural possessive: "officials'"
                q += ld
                j += 1
              }
            }
          }
          (p, i) = (q, j)
          continue
        }
        if isDigit(c) {
          var q = p + 1
          while q < n {
            if Tokenizer.isDigit(b[q]) {
              q += 1
              continue
            }
            if b[q] == 0x2C || b[q] == 0x2E, q + 1 < n, Tokenizer.isDigit(b[q + 1]) {
              q += 2
              continue
            }
            break
          }
          // Digits, commas and dots are one byte each: bytes and scalars advance together.
          emit(.number, p, q, i, i + q - p)
          (p, i) = (q, i + q - p)
          continue
        }
        switch c {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}":
          emit(.quote, p, p + len, i, i + 1)
        default:
          emit(.punct, p, p + len, i, i + 1)
        }
        p += len
        i += 1
      }
    }
  }

  /// The scalar of the multi-byte sequence at `p` and its length; a malformed or truncated
  /// sequence is U+FFFD of one byte, as `String(decoding:as:)` repairs it.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ p: Int) -> (Unicode.Scalar, Int) {
    let c = UInt32(b[p])
    let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
    guard n > 1, p + n <= b.count else { return ("\u{FFFD}", 1) }
    for k in 1..<n where b[p + k] & 0xC0 != 0x80 { return ("\u{FFFD}", 1) }
    let v: UInt32
    switch n {
    case 2: v = (c & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F)
    case 3: v = (c & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F)
    default: v = (c & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F)
    }
    return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
  }

  static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

  /// One ASCII byte into the FNV-1a hashes of the key (lowercased) and of the text.
  @inline(__always) static func hash(_ c: UInt8, _ h: inout UInt64, _ r: inout UInt64) {
    r = (r ^ UInt64(c)) &* 0x100_0000_01b3
    h = (h ^ UInt64(c >= 65 && c <= 90 ? c + 32 : c)) &* 0x100_0000_01b3
  }

  /// FNV-1a hashes of ASCII bytes lowercased (the key) and as written, in one pass.
  @inline(__always) static func asciiHashes(
    _ utf8: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int
  ) -> (key: UInt64, raw: UInt64) {
    var (h, r) = (fnvOffset, fnvOffset)
    for j in lo..<hi { hash(utf8[j], &h, &r) }
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
    return isAlphabetic(c)
  }

  // Unicode properties of non-ASCII scalars, out of line: reading `properties` where it is
  // inlined makes the caller set up the (resilient) Properties type on every call, ASCII or not.

  @inline(never) static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }

  @inline(never) static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

  @inline(never) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic && !c.properties.isWhitespace
  }

  @inline(__always) static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
    (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
  }

  @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
