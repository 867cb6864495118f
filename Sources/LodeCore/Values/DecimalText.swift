/// The shape of decimal text — `[+-]digits[.digits][(e|E)[+-]digits]` — read without
/// converting it: how many significant digits it has and the power of ten of the last one.
/// `CheckedDecimal.parse` uses it to refuse text `Decimal(string:)` would trap on.
struct DecimalText {
  /// Digits from the first non-zero one to the last non-zero one (0 for a zero).
  var significantDigits = 0
  /// The power of ten of the last non-zero digit.
  var lastDigitExponent = 0

  init?(_ text: String) {
    var bytes = Array(text.utf8)[...]
    if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
      bytes = bytes.dropFirst()
    }
    var digits: [UInt8] = []
    var fraction = 0
    var point = false
    while let b = bytes.first {
      if b >= 0x30 && b <= 0x39 {
        digits.append(b - 0x30)
        if point { fraction += 1 }
      } else if b == UInt8(ascii: "."), !point {
        point = true
      } else {
        break
      }
      bytes = bytes.dropFirst()
    }
    guard !digits.isEmpty else { return nil }
    var exponent = 0
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      var negative = false
      if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
        negative = bytes.first == UInt8(ascii: "-")
        bytes = bytes.dropFirst()
      }
      var any = false
      while let b = bytes.first, b >= 0x30 && b <= 0x39 {
        // Saturate: an exponent past a million is out of range whatever the digits.
        exponent = min(exponent * 10 + Int(b - 0x30), 1_000_000)
        any = true
        bytes = bytes.dropFirst()
      }
      guard any else { return nil }
      if negative { exponent = -exponent }
    }
    guard bytes.isEmpty else { return nil }
    guard let first = digits.firstIndex(where: { $0 != 0 }),
      let last = digits.lastIndex(where: { $0 != 0 })
    else { return }
    significantDigits = last - first + 1
    lastDigitExponent = exponent - fraction + (digits.count - 1 - last)
  }
}
