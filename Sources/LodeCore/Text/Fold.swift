import Foundation

/// Case- and diacritic-insensitive text keys, used by `~`, name matching and lookups.
///
/// ASCII text takes a fast path; other text is canonically decomposed and its
/// combining marks dropped, so "Zelenskyy" ~ "ZELENSKYY" and "Kyïv" ~ "kyiv".
public enum Fold {
  /// Lowercased, diacritics removed, curly apostrophes made straight; Cyrillic stays Cyrillic.
  public static func key(_ s: String) -> String {
    var ascii = true
    var upper = false
    for b in s.utf8 {
      if b >= 0x80 {
        ascii = false
        break
      }
      if ASCII.isUpper(b) { upper = true }
    }
    if ascii {
      // Already folded: the same string, no copy. Else one buffer, lowercased in place.
      if !upper { return s }
      return String(unsafeUninitializedCapacity: s.utf8.count) { buffer in
        var i = 0
        for b in s.utf8 {
          buffer[i] = ASCII.lower(b)
          i += 1
        }
        return i
      }
    }
    var out = String.UnicodeScalarView()
    for ch in s.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch ch.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark:
        continue
      default:
        break
      }
      switch ch {
      case "\u{2019}", "\u{2018}", "\u{02BC}", "`": out.append("'")
      default:
        for l in ch.properties.lowercaseMapping.unicodeScalars { out.append(l) }
      }
    }
    return String(out)
  }

  /// True when `needle` occurs in `haystack`, ignoring case and diacritics. The folded
  /// keys are compared as UTF-8 bytes (memchr for the first byte, memcmp for the rest):
  /// Foundation's `String.contains` treats a NUL in the needle as its end ("eabzel"
  /// contained "zel\0").
  /// It also traps on some ("-₴2" containing "2\0": String index is out of bounds).
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    keyContains(key(haystack), key(needle))
  }

  /// True when the folded key `needleKey` occurs in the folded key `hayKey`, byte for byte
  /// (both already folded: `key(_:)`). The one substring test for text a user typed.
  public static func keyContains(_ hayKey: String, _ needleKey: String) -> Bool {
    var n = needleKey
    if n.isEmpty { return true }
    var h = hayKey
    return h.withUTF8 { hb in
      n.withUTF8 { nb in
        guard let hp = hb.baseAddress, let np = nb.baseAddress, nb.count <= hb.count else { return false }
        let last = hb.count - nb.count
        var i = 0
        while i <= last {
          guard let hit = memchr(hp + i, Int32(np[0]), last - i + 1) else { return false }
          let j = UnsafeRawPointer(hit) - UnsafeRawPointer(hp)
          if memcmp(hp + j, np, nb.count) == 0 { return true }
          i = j + 1
        }
        return false
      }
    }
  }
}
