import Foundation
import LodeCore

/// Exact decimal text as the protocol writes it: plain digits, optional fraction and exponent.
///
/// `Decimal(string:)` accepts trailing junk (`"1.5abc"` is 1.5), so the protocol checks
/// the whole string first; a number that is not exact decimal text is an error, never a guess.
public enum ExactDecimal {
  /// The decimal's exact text, e.g. `500000000000` or `-0.125`.
  public static func text(_ d: Decimal) -> String { d.description }

  /// Parses `-12.5`, `3`, `1e9` or `2.5E-3`; nil for anything else.
  public static func parse(_ s: String) -> Decimal? {
    guard isDecimalText(s) else { return nil }
    return try? CheckedDecimal.parse(s)
  }

  static func isDecimalText(_ s: String) -> Bool {
    var bytes = Array(s.utf8)[...]
    if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
      bytes = bytes.dropFirst()
    }
    func digits() -> Int {
      let n = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
      bytes = bytes.dropFirst(n)
      return n
    }
    var count = digits()
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      count += digits()
    }
    guard count > 0 else { return false }
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
        bytes = bytes.dropFirst()
      }
      guard digits() > 0 else { return false }
    }
    return bytes.isEmpty
  }
}
