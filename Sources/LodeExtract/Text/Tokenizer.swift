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

  /// The tokens of the slicer's text, scanned straight from its UTF-8 bytes into the
  /// array's own storage. News text has about one token per four bytes, and room for one
  /// per three is made; a denser text (tables, figures) is scanned again with room for twice
  /// as many, up to one token per byte, which always fits.
  public static func tokenize(_ slicer: TextSlicer) -> [Token] {
    slicer.utf8.withUnsafeBufferPointer { utf8 in
      byteClasses.withUnsafeBufferPointer { classes in
        var room = utf8.count / 3 + 16
        while true {
          var full = false
          let tokens = [Token](unsafeUninitializedCapacity: room) { out, count in
            guard let base = out.baseAddress else { return }
            var scan = Scan(utf8: utf8, classes: classes, store: base, capacity: room)
            scan.run()
            full = scan.full
            // Tokens are plain data: the ones written need no clean-up when dropped.
            count = full ? 0 : scan.count
          }
          if !full { return tokens }
          room = min(room * 2, utf8.count + 1)
        }
      }
    }
  }

  /// What an ASCII byte starts (`ByteClass`); every byte ≥ 0x80 is `.high`, read as a scalar.
  static let byteClasses: [UInt8] = (0..<256).map { (c: Int) -> UInt8 in
    switch c {
    case 0x0A: return ByteClass.newline
    case 0x20, 0x09, 0x0D: return ByteClass.space
    case 0x41...0x5A: return ByteClass.upper
    case 0x61...0x7A: return ByteClass.lower
    case 0x30...0x39: return ByteClass.digit
    case 0x22: return ByteClass.quote
    case 0x80...: return ByteClass.high
    default: return ByteClass.punct
    }
  }

  /// Byte classes; `upper`, `lower` and `digit` share the bit `wordByte`.
  enum ByteClass {
    static let wordByte: UInt8 = 0x10
    static let upper: UInt8 = 0x11
    static let lower: UInt8 = 0x12
    static let digit: UInt8 = 0x14
    static let newline: UInt8 = 0
    static let space: UInt8 = 1
    static let quote: UInt8 = 2
    static let punct: UInt8 = 3
    static let high: UInt8 = 4
  }

  /// One document's scan state: a cursor over the UTF-8 bytes that counts scalars as it
  /// goes, so a token's scalar span comes without a table of offsets. A struct with
  /// mutating methods (not closures over local variables), so the token array is reached
  /// without retains. ASCII bytes are dispatched by a 256-entry class table; only bytes
  /// ≥ 0x80 are decoded into scalars.
  struct Scan {
    // Index arithmetic here wraps (`&+`): every value is bounded by the text's byte count,
    // and the overflow checks cost an instruction each in the hottest loop of extraction.
    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    let cls: UnsafeBufferPointer<UInt8>
    /// The tokens so far, written into the result array's storage: an append is a store
    /// and a count, not `Array.append`'s uniqueness and capacity checks behind a call.
    let store: UnsafeMutablePointer<Token>
    var count = 0
    let capacity: Int
    /// The storage ran out: the caller scans again with more.
    var full = false
    /// The word-class table, held here so the hot loop reads no global.
    let lexicon = LexFlags.words
    var paragraph = 0
    var space = true
    /// Line breaks since the last token (a paragraph ends at a blank line in texts with them).
    var pendingNewlines = 0
    /// The token being pushed holds a hyphen-minus (set by the word or mark that found it).
    var hyphen = false
    let blankLines: Bool

    init(
      utf8: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>, store: UnsafeMutablePointer<Token>,
      capacity: Int
    ) {
      b = utf8
      n = utf8.count
      cls = classes
      blankLines = Tokenizer.hasBlankLine(utf8: utf8)
      self.store = store
      self.capacity = capacity
    }

    /// The scalar starting at byte `p` and its length in bytes (an ASCII byte is its own
    /// scalar; a malformed sequence reads as U+FFFD, one byte at a time).
    @inline(__always) func scalar(_ p: Int) -> (Unicode.Scalar, Int) {
      let c = b[p]
      if c < 0x80 { return (Unicode.Scalar(c), 1) }
      return Tokenizer.decode(b, p)
    }

    /// Emits the token of bytes [lo, hi), scalars [a, z): ASCII is hashed here, anything
    /// else is folded out of line.
    @inline(__always) mutating func emit(_ kind: Token.Kind, _ lo: Int, _ hi: Int, _ a: Int, _ z: Int) {
      if hi &- lo == z &- a {
        let (hash, rawHash) = Tokenizer.asciiHashes(b, lo, hi)
        push(kind, lo, hi, a, z, hash: hash, rawHash: rawHash, keyCount: hi &- lo, first: UInt32(b[lo]))
      } else {
        emitFolded(kind, lo, hi, a, z)
      }
    }

    /// A token holding a scalar of two or more bytes: folded and hashed as a String.
    @inline(never) mutating func emitFolded(_ kind: Token.Kind, _ lo: Int, _ hi: Int, _ a: Int, _ z: Int) {
      let text = String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
      // Words and possessives are folded (`’s` is keyed as `'s`, as `Fold.key` has it);
      // marks and dashes are their own key.
      let key = kind == .word || kind == .possessive ? Fold.key(text) : text
      push(
        kind, lo, hi, a, z, hash: WordTable<LexFlags>.hash(key), rawHash: WordTable<LexFlags>.hash(text),
        keyCount: key.utf8.count, first: scalar(lo).0.value)
    }

    /// Appends the token whose hashes are known.
    @inline(__always) mutating func push(
      _ kind: Token.Kind, _ lo: Int, _ hi: Int, _ a: Int, _ z: Int, hash: UInt64, rawHash: UInt64, keyCount: Int,
      first: UInt32
    ) {
      let word = kind == .word
      // `LexFlags(rawValue: 0)`, not `[]`: the array literal builds and frees an empty array.
      let lex = word ? (lexicon.lookup(hash: hash) ?? LexFlags(rawValue: 0)) : LexFlags(rawValue: 0)
      // Only words can be capitalised: marks skip the Unicode property lookup.
      let upper = word && (first < 0x80 ? cls[Int(first)] == ByteClass.upper : Tokenizer.isUppercase(first))
      guard count < capacity else {
        full = true
        return
      }
      (store + count).initialize(
        to: Token(
          kind: kind, start: a, end: z, paragraph: paragraph, hash: hash, rawHash: rawHash, lex: lex,
          // `first` is an ASCII byte or a decoded scalar's value: always a valid scalar.
          first: unsafeBitCast(first, to: Unicode.Scalar.self),
          keyCount: keyCount, spaceBefore: space, isCapitalised: upper, endsWithDot: word && b[hi &- 1] == 0x2E,
          hasHyphen: hyphen))
      count &+= 1
      space = false
      pendingNewlines = 0
      hyphen = false
    }

    /// A one-byte mark (ASCII punctuation or a straight quote): its key is its text.
    @inline(__always) mutating func mark(_ kind: Token.Kind, _ p: Int, _ i: Int) {
      hyphen = b[p] == 0x2D
      let h = FNV1a.step(FNV1a.offset, b[p])
      push(kind, p, p &+ 1, i, i &+ 1, hash: h, rawHash: h, keyCount: 1, first: UInt32(b[p]))
    }

    /// A letter starts at byte `p` (false past the end).
    @inline(__always) func letter(at p: Int) -> Bool {
      guard p < n else { return false }
      let k = cls[Int(b[p])]
      if k == ByteClass.upper || k == ByteClass.lower { return true }
      return k == ByteClass.high && isLetter(Tokenizer.decode(b, p).0)
    }

    mutating func run() {
      var p = 0  // byte
      var i = 0  // scalar
      while p < n {
        let c = b[p]
        let k = cls[Int(c)]
        if k == ByteClass.space {
          space = true
          p &+= 1
          i &+= 1
        } else if k & ByteClass.wordByte != 0 {
          if k == ByteClass.digit {
            (p, i) = number(p, i)
          } else {
            (p, i) = word(p, i, 1)
          }
        } else if k == ByteClass.punct {
          mark(.punct, p, i)
          p &+= 1
          i &+= 1
        } else if k == ByteClass.newline {
          newline()
          p &+= 1
          i &+= 1
        } else if k == ByteClass.quote {
          mark(.quote, p, i)
          p &+= 1
          i &+= 1
        } else {
          (p, i) = high(p, i)
        }
      }
    }

    /// A line break: it may end the paragraph.
    @inline(__always) mutating func newline() {
      pendingNewlines &+= 1
      // Texts that separate paragraphs with blank lines may wrap lines inside a paragraph.
      if count > 0, store[count &- 1].paragraph == paragraph, !blankLines || pendingNewlines >= 2 {
        paragraph &+= 1
      }
      space = true
    }

    /// A scalar of two or more bytes (or a malformed byte) at `p`: space, letter or mark.
    mutating func high(_ p: Int, _ i: Int) -> (Int, Int) {
      let (c, len) = Tokenizer.decode(b, p)
      if Tokenizer.isWhitespace(c) {
        space = true
        return (p &+ len, i &+ 1)
      }
      if isLetter(c) { return word(p, i, len) }
      switch c {
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}":
        emit(.quote, p, p &+ len, i, i &+ 1)
      default: emit(.punct, p, p &+ len, i, i &+ 1)
      }
      return (p &+ len, i &+ 1)
    }

    /// A number: digits with inner commas and dots ("1,200.5"), one byte per scalar.
    @inline(__always) mutating func number(_ p: Int, _ i: Int) -> (Int, Int) {
      var q = p &+ 1
      while q < n {
        if Tokenizer.isDigit(b[q]) {
          q &+= 1
          continue
        }
        if b[q] == 0x2C || b[q] == 0x2E, q &+ 1 < n, Tokenizer.isDigit(b[q &+ 1]) {
          q &+= 2
          continue
        }
        break
      }
      emit(.number, p, q, i, i &+ q &- p)
      return (q, i &+ q &- p)
    }
  }

  /// One ASCII byte into the FNV-1a hashes of the key (lowercased) and of the text.
  @inline(__always) static func hash(_ c: UInt8, _ h: inout UInt64, _ r: inout UInt64) {
    r = FNV1a.step(r, c)
    h = FNV1a.step(h, ASCII.lower(c))
  }

  /// FNV-1a hashes of ASCII bytes lowercased (the key) and as written, in one pass.
  @inline(__always) static func asciiHashes(
    _ utf8: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int
  ) -> (key: UInt64, raw: UInt64) {
    var (h, r) = (FNV1a.offset, FNV1a.offset)
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
}
