/// ANSI styling that disappears entirely when colour is off (not a TTY, `NO_COLOR`, `--no-color`).
public struct Style: Sendable, Hashable {
  public var enabled: Bool
  public init(enabled: Bool) { self.enabled = enabled }
  public static let plain = Style(enabled: false)

  public func bold(_ s: String) -> String { wrap(s, "1") }
  public func dim(_ s: String) -> String { wrap(s, "2") }
  public func red(_ s: String) -> String { wrap(s, "1;31") }
  public func yellow(_ s: String) -> String { wrap(s, "1;33") }
  public func cyan(_ s: String) -> String { wrap(s, "36") }
  public func blue(_ s: String) -> String { wrap(s, "1;34") }

  private func wrap(_ s: String, _ code: String) -> String {
    enabled && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
  }

  /// `text` without ANSI escape sequences (CSI … letter), for logs that must be plain.
  public static func strip(_ text: String) -> String {
    guard text.contains("\u{1B}") else { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let c = scalars.next() {
      guard c == "\u{1B}" else {
        out.append(c)
        continue
      }
      guard let next = scalars.next(), next == "[" else { continue }
      while let p = scalars.next(), !(p.properties.isAlphabetic && p.isASCII) {}
    }
    return String(out)
  }

  /// Colour is on when stdout is a terminal, `NO_COLOR` is unset or empty, and not disabled.
  public static func shouldColor(
    stdoutIsTTY: Bool, environment: [String: String], disabled: Bool
  )
    -> Bool
  {
    stdoutIsTTY && !disabled && (environment["NO_COLOR"] ?? "").isEmpty
  }
}
