import Foundation

/// A `Decimal`'s mantissa and exponent read from its stored layout (exponent, length/sign
/// flags, 16-bit mantissa words), for the fast paths of comparing, summing and writing
/// numbers. A self-check at first use compares that reading with the public API and turns
/// it off (`parts` is then always nil) if the layout ever differs, so results stay exact.
public enum DecimalLayout {
  public static let enabled: Bool = selfCheck()

  /// The signed mantissa and exponent (value = m × 10^e), when the mantissa fits in 63 bits.
  @inline(__always)
  public static func parts(_ d: Decimal) -> (m: Int64, e: Int)? {
    guard enabled else { return nil }
    return rawParts(d)
  }

  /// `d.description` (its every digit, never an exponent) built from the mantissa's
  /// digits when it fits in 63 bits and the exponent within ±18; nil otherwise.
  public static func description(_ d: Decimal) -> String? {
    guard let (m, e) = parts(d), e >= -18, e <= 18 else { return nil }
    if e == 0 { return String(m) }
    var digits = String(m.magnitude)
    if e > 0 {
      digits += String(repeating: "0", count: e)
    } else {
      if digits.count <= -e { digits = String(repeating: "0", count: -e - digits.count + 1) + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: e))
    }
    return m < 0 ? "-" + digits : digits
  }

  @inline(__always)
  static func rawParts(_ d: Decimal) -> (m: Int64, e: Int)? {
    withUnsafeBytes(of: d) { p -> (m: Int64, e: Int)? in
      guard p.count >= 12 else { return nil }
      let flags = p[1]
      let length = Int(flags >> 4)
      let negative = flags & 0x08 != 0
      if length == 0 { return negative ? nil : (0, 0) }
      guard length <= 4 else { return nil }
      // The low four 16-bit mantissa words, little-endian, as one load.
      let words = p.loadUnaligned(fromByteOffset: 4, as: UInt64.self)
      let m = length == 4 ? words : words & ((1 << (16 * UInt64(length))) - 1)
      guard m <= UInt64(Int64.max) else { return nil }
      return (negative ? -Int64(m) : Int64(m), Int(Int8(bitPattern: p[0])))
    }
  }

  static func selfCheck() -> Bool {
    let samples: [Decimal] = [
      0, 7, -7, Decimal(sign: .plus, exponent: -2, significand: 12345),
      Decimal(sign: .minus, exponent: -3, significand: 98765), Decimal(string: "123456789012345678") ?? 1,
      Decimal(string: "-0.000001") ?? 1, Decimal(1_000_000_000) * 1_000, Decimal(65536), Decimal(4_294_967_296),
    ]
    for d in samples {
      guard let (m, e) = rawParts(d) else { return false }
      let rebuilt = Decimal(sign: m < 0 ? .minus : .plus, exponent: e, significand: Decimal(m.magnitude))
      if rebuilt != d { return false }
    }
    return true
  }
}
