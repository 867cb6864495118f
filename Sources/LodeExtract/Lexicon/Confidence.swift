import Foundation

/// Attribution confidences as exact decimals built once (a Decimal float literal converts
/// through Double on every use, which is slow and inexact).
public enum Confidence {
  static func tenths(_ hundredths: UInt64) -> Decimal {
    Decimal(sign: .plus, exponent: -2, significand: Decimal(hundredths))
  }
  public static let named = tenths(95)
  public static let title = tenths(90)
  public static let according = tenths(85)
  public static let reported = tenths(80)
  public static let pronounNear = tenths(80)
  public static let pronounMid = tenths(70)
  public static let pronounFar = tenths(50)
  public static let continuation = tenths(75)
  public static let adjacent = tenths(60)
  public static let colon = tenths(70)
  public static let description = tenths(50)
  public static let half = tenths(50)
}
