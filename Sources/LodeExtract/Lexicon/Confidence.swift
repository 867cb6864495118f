import Foundation

/// Attribution confidences. Rules compare and lower them as small integers (`Level`, in
/// hundredths: comparing two `Decimal`s costs thousands of instructions); a quote gets the
/// exact decimal, built once per level.
public enum Confidence {
  /// A confidence in hundredths, 0…100.
  public struct Level: Sendable, Hashable, Comparable {
    public let hundredths: UInt8
    public init(_ hundredths: UInt8) { self.hundredths = min(hundredths, 100) }
    public static func < (a: Level, b: Level) -> Bool { a.hundredths < b.hundredths }
    public static let zero = Level(0)
    /// The exact decimal (0.95, not the nearest Double), as quotes carry it.
    public var decimal: Decimal { Confidence.decimals[Int(hundredths)] }
  }

  static let decimals: [Decimal] = (0...100).map { $0 == 0 ? 0 : exact(UInt64($0)) }

  static func exact(_ hundredths: UInt64) -> Decimal {
    Decimal(sign: .plus, exponent: -2, significand: Decimal(hundredths))
  }
  public static let named = Level(95)
  public static let title = Level(90)
  public static let according = Level(85)
  public static let reported = Level(80)
  public static let pronounNear = Level(80)
  public static let pronounMid = Level(70)
  public static let pronounFar = Level(50)
  public static let continuation = Level(75)
  public static let adjacent = Level(60)
  public static let colon = Level(70)
  public static let description = Level(50)
  /// One half as an exact decimal, for fractions ("half of its revenues").
  public static let half = exact(50)
}
