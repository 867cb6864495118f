import Foundation

extension Decimal {
  /// The exact value of plain decimal text — ASCII digits with at most one point, an
  /// optional leading `-`, at most 18 digits — or nil for anything else.
  ///
  /// `Decimal(string:)` goes through a locale-aware scanner that sets up ICU on first use
  /// (about a million instructions, a visible share of `lode -c` start-up); callers try
  /// this first and fall back to `Decimal(string:)` for the rest.
  public init?(plainDigits text: String) {
    var significand: UInt64 = 0
    var exponent = 0
    var digits = 0
    var point = false
    var negative = false
    var i = 0
    for b in text.utf8 {
      defer { i += 1 }
      switch b {
      case 0x30...0x39:
        guard digits < 18 else { return nil }
        significand = significand * 10 + UInt64(b - 0x30)
        digits += 1
        if point { exponent -= 1 }
      case 0x2E where !point: point = true
      case 0x2D where i == 0: negative = true
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    if significand == 0 {
      // Foundation keeps a zero's fraction digits as its exponent ("0.0" is 0 × 10⁻¹), which
      // only its own parser builds: leave those to it.
      guard exponent == 0 else { return nil }
      self = 0
      return
    }
    self.init(
      sign: negative ? .minus : .plus, exponent: exponent,
      significand: Decimal(significand))
  }
}
