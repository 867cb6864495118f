/// Counts the words of a text as `text.split(whereSeparator: \.isWhitespace).count` does,
/// without building Characters: one pass over the Unicode scalars (bytes for ASCII).
///
/// A Character is whitespace when its first scalar is, so a combining mark, joiner or
/// spacing mark after a whitespace scalar (other than a control such as a line break) is
/// part of that whitespace; after a control it starts a Character, and a word, of its own.
enum WordCount {
  static func count(_ text: String) -> Int {
    var words = 0
    var inWord = false
    var joinable = false  // the previous scalar ends a whitespace Character a mark would join
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if joinable, v >= 0x80, joins(scalar) { continue }
      let space = v < 0x80 ? v == 0x20 || (v >= 0x09 && v <= 0x0D) : scalar.properties.isWhitespace
      if space {
        inWord = false
        joinable = v == 0x20 || (v >= 0x80 && v != 0x85 && v != 0x2028 && v != 0x2029)
      } else {
        joinable = false
        if !inWord {
          inWord = true
          words += 1
        }
      }
    }
    return words
  }

  /// Whether a scalar extends the Character before it (grapheme Extend, ZWJ, SpacingMark).
  static func joins(_ s: Unicode.Scalar) -> Bool {
    s.value == 0x200D || s.properties.isGraphemeExtend || s.properties.generalCategory == .spacingMark
  }
}
