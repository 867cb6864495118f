import LodeCore

/// Words: the scan of a word and its possessive, in two paths. A word that starts with an
/// ASCII letter and stays ASCII (most of news text) is hashed while it is read; any other
/// word, or one that meets a letter or mark of two or more bytes, is read to its end and
/// then folded and hashed by `emit`, as any non-ASCII token is.
extension Tokenizer.Scan {
  /// A word starting with the letter of `len` bytes at `p`, then its possessive if any.
  @inline(__always) mutating func word(_ p: Int, _ i: Int, _ len: Int) -> (Int, Int) {
    let q = p &+ len
    // Dotted abbreviation: single letters each followed by a dot ("U.S.", "J.D.").
    if q &+ 1 < n, b[q] == 0x2E, letter(at: q &+ 1) {
      let l1 = scalar(q &+ 1).1
      if q &+ 1 &+ l1 < n, b[q &+ 1 &+ l1] == 0x2E { return abbreviation(p, i) }
    }
    return len == 1 ? asciiWord(p, i) : generalWord(p, i, q, 1 &- len)
  }

  /// A word starting with the ASCII letter at `p`. While its bytes stay ASCII, bytes and
  /// scalars advance together and the key's hash is taken as they are read: every byte an
  /// ASCII word holds (letters, digits, "-", "'") has bit 0x20 set except a capital, so
  /// `c | 0x20` is its lowercase, and `seen` (the bytes ANDed) lacks 0x20 exactly when a
  /// capital occurs: only then does the text's own hash differ from the key's. At the first
  /// non-ASCII part it joins, the rest is read by `generalWord`.
  @inline(__always) mutating func asciiWord(_ p: Int, _ i: Int) -> (Int, Int) {
    var q = p &+ 1
    var seen = b[p]
    var h = FNV1a.step(FNV1a.offset, b[p] | 0x20)
    while q < n {
      // A run of ASCII letters and digits.
      while q < n {
        let c = b[q]
        guard cls[Int(c)] & Tokenizer.ByteClass.wordByte != 0 else { break }
        seen &= c
        h = FNV1a.step(h, c | 0x20)
        q &+= 1
      }
      guard q < n else { break }
      let c = b[q]
      if c == 0x2D || c == 0x27 {
        // An ASCII hyphen or apostrophe and an ASCII letter: joined here, unless it is a
        // final possessive 's.
        if q &+ 1 < n, asciiLetter(b[q &+ 1]) {
          let e = b[q &+ 1]
          if c == 0x27, e | 0x20 == 0x73, !letter(at: q &+ 2) { break }
          if c == 0x2D { hyphen = true }
          seen &= e
          h = FNV1a.step(h, c)
          h = FNV1a.step(h, e | 0x20)
          q &+= 2
          continue
        }
      } else if c < 0x80 {
        break
      }
      // A letter or mark of two or more bytes, or a mark before one: the general path.
      guard let (bytes, scalars) = join(at: q) else { break }
      return generalWord(p, i, q &+ bytes, scalars &- bytes)
    }
    let j = i &+ (q &- p)
    let r = seen & 0x20 == 0 ? Tokenizer.asciiHashes(b, p, q).raw : h
    push(.word, p, q, i, j, hash: h, rawHash: r, keyCount: q &- p, first: UInt32(b[p]))
    return afterWord(q, j)
  }

  /// The rest of a word from byte `q`, where `extra` is its scalars minus its bytes so far
  /// (negative once a scalar of two or more bytes is read); folded and hashed by `emit`.
  @inline(never) mutating func generalWord(_ p: Int, _ i: Int, _ q: Int, _ extra: Int) -> (Int, Int) {
    var q = q
    var extra = extra
    while q < n {
      while q < n, cls[Int(b[q])] & Tokenizer.ByteClass.wordByte != 0 { q &+= 1 }
      guard q < n, let (bytes, scalars) = join(at: q) else { break }
      extra &+= scalars &- bytes
      q &+= bytes
    }
    let j = i &+ (q &- p) &+ extra
    emit(.word, p, q, i, j)
    return afterWord(q, j)
  }

  /// What continues a word at byte `q` after its ASCII letters and digits: a letter of two
  /// or more bytes, or a hyphen or apostrophe ("'", "’") before a letter, unless that is a
  /// final possessive 's. Its bytes and scalars, or nil where the word ends.
  @inline(never) mutating func join(at q: Int) -> (bytes: Int, scalars: Int)? {
    let (d, ld) = scalar(q)
    if ld > 1, Tokenizer.isLetter(d) { return (ld, 1) }
    guard d == "-" || d == "'" || d == "\u{2019}", q &+ ld < n else { return nil }
    let (e, le) = scalar(q &+ ld)
    guard Tokenizer.isLetter(e) else { return nil }
    if d != "-", e == "s" || e == "S", !letter(at: q &+ ld &+ le) { return nil }
    if d == "-" { hyphen = true }
    return (ld &+ le, 2)
  }

  /// An ASCII letter byte.
  @inline(__always) func asciiLetter(_ c: UInt8) -> Bool {
    let k = cls[Int(c)]
    return k == Tokenizer.ByteClass.upper || k == Tokenizer.ByteClass.lower
  }

  /// "U.S.", "J.D.": single letters each followed by a dot, one word.
  @inline(never) mutating func abbreviation(_ p: Int, _ i: Int) -> (Int, Int) {
    var kq = p
    var k = i
    while kq < n {
      let (ck, lk) = scalar(kq)
      guard Tokenizer.isLetter(ck), kq &+ lk < n, b[kq &+ lk] == 0x2E else { break }
      kq &+= lk &+ 1
      k &+= 2
    }
    emit(.word, p, kq, i, k)
    return (kq, k)
  }

  /// Where the scan goes on after a word ending at byte `q`, scalar `j`: past its possessive
  /// if one follows. Only an apostrophe starts one ("'", or "’", whose first byte is 0xE2):
  /// that test is here, inlined into the word's scan, and the rest out of line.
  @inline(__always) mutating func afterWord(_ q: Int, _ j: Int) -> (Int, Int) {
    guard q < n, b[q] == 0x27 || b[q] == 0xE2 else { return (q, j) }
    return possessive(q, j)
  }

  /// The possessive after a word ending at byte `q`, scalar `j`: "'s", or "'" after a plural.
  @inline(never) mutating func possessive(_ q: Int, _ j: Int) -> (Int, Int) {
    guard q < n else { return (q, j) }
    let (d, ld) = scalar(q)
    guard d == "'" || d == "\u{2019}" else { return (q, j) }
    if q &+ ld < n, b[q &+ ld] == 0x73 || b[q &+ ld] == 0x53, !letter(at: q &+ ld &+ 1) {
      emit(.possessive, q, q &+ ld &+ 1, j, j &+ 2)
      return (q &+ ld &+ 1, j &+ 2)
    }
    if b[q &- 1] == 0x73, !letter(at: q &+ ld) {
      emit(.possessive, q, q &+ ld, j, j &+ 1)  // plural possessive: "officials'"
      return (q &+ ld, j &+ 1)
    }
    return (q, j)
  }
}
