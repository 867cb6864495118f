import Foundation

/// Case- and diacritic-insensitive text keys, used by `~`, name matching and lookups.
///
/// ASCII text takes a fast path; other text is canonically decomposed and its
/// combining marks dropped, so "Zelenskyy" ~ "ZELENSKYY" and "Kyïv" ~ "kyiv".
public enum Fold {
  /// Lowercased, diacritics removed, curly apostrophes made straight; Cyrillic stays Cyrillic.
  public static func key(_ s: String) -> String {
    var ascii = true
    for b in s.utf8 where b >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      var bytes = Array(s.utf8)
      for i in bytes.indices where bytes[i] >= 65 && bytes[i] <= 90 { bytes[i] += 32 }
      return String(decoding: bytes, as: UTF8.self)
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

  /// True when `needle` occurs in `haystack`, ignoring case and diacritics.
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    let n = key(needle)
    if n.isEmpty { return true }
    return key(haystack).contains(n)
  }
}
