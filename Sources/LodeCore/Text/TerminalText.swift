/// Untrusted text made safe to show on a terminal: every character that would act on the
/// terminal instead of showing — C0 controls, DEL, C1 controls (U+0080–U+009F, among them
/// CSI U+009B), bidirectional overrides, isolates and marks, zero-width and other invisible
/// format characters — is replaced by a visible stand-in.
///
/// C0 controls become their Unicode Control Pictures (ESC → `␛`, `\b` → `␈`, `\r` → `␍`,
/// NUL → `␀`), one column wide like the character they replace would be if it printed,
/// DEL becomes `␡`, and the rest `<U+202E>`. Everything written for a person to read (the
/// table and record views, plain values, notes, warnings, diagnostics and their echo of
/// the input, `:history`, `lode run --echo`, plugin help) goes through `visible`; data
/// formats do not (JSON escapes, CSV and `lode extract` keep the text exact).
public enum TerminalText {
  /// `text` with its terminal-active characters shown; newlines (and tabs) stay unless
  /// `singleLine`, which shows them too.
  public static func visible(_ text: String, singleLine: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { isActive($0, singleLine: singleLine) }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      guard isActive(s, singleLine: singleLine) else {
        out.append(s)
        continue
      }
      out.append(contentsOf: standIn(s).unicodeScalars)
    }
    return String(out)
  }

  /// Whether `s` would act on a terminal (or hide text) rather than show as itself.
  public static func isActive(_ s: Unicode.Scalar, singleLine: Bool = false) -> Bool {
    switch s.value {
    case 0x0A, 0x09: return singleLine
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
      0xFEFF, 0xFFF9...0xFFFB:
      return true
    default: return false
    }
  }

  /// The visible form of one terminal-active character.
  public static func standIn(_ s: Unicode.Scalar) -> String {
    switch s.value {
    case 0x00...0x1F: String(Character(Unicode.Scalar(0x2400 + s.value) ?? "?"))
    case 0x7F: "␡"
    default: "<U+" + hex(s.value) + ">"
    }
  }

  static func hex(_ v: UInt32) -> String {
    let digits = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
