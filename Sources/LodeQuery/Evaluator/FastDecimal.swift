import Foundation
import LodeCore

/// Exact decimal comparison and summing without Foundation's slow paths, for the
/// common case of mantissas that fit in 63 bits (`DecimalLayout` reads them).
enum FastDecimal {
  static var enabled: Bool { DecimalLayout.enabled }

  /// The signed mantissa and exponent (value = m × 10^e), when the mantissa fits in 63 bits.
  @inline(__always)
  static func parts(_ d: Decimal) -> (m: Int64, e: Int)? { DecimalLayout.parts(d) }

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
