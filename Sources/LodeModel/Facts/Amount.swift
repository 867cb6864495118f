import Foundation
import LodeCore

/// A quantity in the text: money, a percent, a fraction, or a count, with what it quantifies.
public struct Amount: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable { case money, percent, fraction, count }

  public var id: String
  /// The words as written ("approximately $500 billion").
  public var text: String
  public var provenance: Provenance
  public var kind: Kind
  /// Exact value: money in units of its currency, percent and fraction as a fraction (0.5), counts as is.
  public var value: Decimal
  /// ISO 4217 code for money.
  public var currency: String?
  /// Unit for counts ("elements", "raw materials").
  public var unit: String?
  /// Hedge or bound as written: "approximately", "more than", "over", "about".
  public var qualifier: String?
  /// The noun phrase the amount quantifies ("Ukrainian resources", "its mineral revenues").
  public var refersTo: String?
  /// Who claims the figure, when the sentence says.
  public var holder: String?

  public init(
    id: String, text: String, provenance: Provenance, kind: Kind, value: Decimal,
    currency: String? = nil, unit: String? = nil, qualifier: String? = nil,
    refersTo: String? = nil, holder: String? = nil
  ) {
    self.id = id
    self.text = text
    self.provenance = provenance
    self.kind = kind
    self.value = value
    self.currency = currency
    self.unit = unit
    self.qualifier = qualifier
    self.refersTo = refersTo
    self.holder = holder
  }

  /// The amount as a pipeline value (money, percent or number).
  public var asValue: Value {
    switch kind {
    case .money: .money(Money(value, currency ?? "USD"))
    case .percent, .fraction: .percent(value)
    case .count: .number(value)
    }
  }
}
