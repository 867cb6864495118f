import Foundation

/// An exact decimal amount in one ISO 4217 currency, optionally a flow per year.
///
/// `$2bn/yr` is `Money(amount: 2e9, currency: "USD", perYear: true)`; a flow times a
/// duration is a stock (`2bn/yr * 10y` → `$20bn`).
public struct Money: Hashable, Sendable, Codable {
  public var amount: Decimal
  public var currency: String
  public var perYear: Bool

  public init(_ amount: Decimal, _ currency: String = "USD", perYear: Bool = false) {
    self.amount = amount
    self.currency = currency
    self.perYear = perYear
  }
}
