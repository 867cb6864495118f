import Foundation

/// Exact decimal comparison and summing without Foundation's slow paths, for the
/// common case of mantissas that fit in 63 bits.
///
/// Reads `Decimal`'s stored layout (exponent, length/sign flags, 16-bit mantissa words);
/// a self-check at first use compares that reading with the public API and turns the
/// fast path off if the layout ever differs, so results are always exact.
enum FastDecimal {
  static let enabled: Bool = selfCheck()

  /// The signed mantissa and exponent (value = m × 10^e), when the mantissa fits in 63 bits.
  @inline(__always)
  static func parts(_ d: Decimal) -> (m: Int64, e: Int)? {
    guard enabled else { return nil }
    return rawParts(d)
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
      0, 7, -7, Decimal(12345) / 100, Decimal(-98765) / 1000, Decimal(string: "123456789012345678") ?? 1,
      Decimal(string: "-0.000001") ?? 1, Decimal(1_000_000_000) * 1_000, Decimal(65536), Decimal(4_294_967_296),
    ]
    for d in samples {
      guard let (m, e) = rawParts(d) else { return false }
      let rebuilt = Decimal(sign: m < 0 ? .minus : .plus, exponent: e, significand: Decimal(m.magnitude))
      if rebuilt != d { return false }
    }
    return true
  }

  static let powers: [Int64] = (0...18).map { n in (0..<n).reduce(Int64(1)) { a, _ in a * 10 } }

  /// `m × 10^k` when it does not overflow.
  @inline(__always)
  static func scale(_ m: Int64, by k: Int) -> Int64? {
    guard k >= 0, k <= 18 else { return nil }
    let (r, o) = m.multipliedReportingOverflow(by: powers[k])
    return o ? nil : r
  }

  /// -1, 0, 1, exactly.
  @inline(__always)
  static func compare(_ a: Decimal, _ b: Decimal) -> Int {
    if let (ma, ea) = parts(a), let (mb, eb) = parts(b) {
      if ea == eb { return ma == mb ? 0 : (ma < mb ? -1 : 1) }
      if ea > eb, let x = scale(ma, by: ea - eb) { return x == mb ? 0 : (x < mb ? -1 : 1) }
      if eb > ea, let y = scale(mb, by: eb - ea) { return ma == y ? 0 : (ma < y ? -1 : 1) }
    }
    return a == b ? 0 : (a < b ? -1 : 1)
  }

  static func decimal(_ m: Int64, _ e: Int) -> Decimal {
    Decimal(sign: m < 0 ? .minus : .plus, exponent: e, significand: Decimal(m.magnitude))
  }
}

/// An exact running sum of decimals: integer arithmetic at a fixed exponent while the
/// values allow it, `Decimal` addition otherwise.
struct DecimalSum {
  var m: Int64 = 0
  var e: Int?
  var rest = Decimal(0)

  mutating func add(_ d: Decimal) {
    if let (x, xe) = FastDecimal.parts(d) {
      if e == nil { e = xe }
      if let e {
        var y: Int64?
        if xe == e {
          y = x
        } else if xe > e {
          y = FastDecimal.scale(x, by: xe - e)
        }
        if let y {
          let (r, o) = m.addingReportingOverflow(y)
          if !o {
            m = r
            return
          }
        }
      }
    }
    rest += d
  }

  var value: Decimal {
    guard let e else { return rest }
    return FastDecimal.decimal(m, e) + rest
  }
}
