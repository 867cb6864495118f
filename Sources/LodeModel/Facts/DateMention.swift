import LodeCore

/// A date in the text, resolved to a calendar value at the precision the text gives.
public struct DateMention: Sendable, Hashable {
  public var id: String
  public var text: String
  public var provenance: Provenance
  public var value: DateValue
  /// True when resolved against the document date ("last week", "on Friday").
  public var relative: Bool

  public init(id: String, text: String, provenance: Provenance, value: DateValue, relative: Bool = false) {
    self.id = id
    self.text = text
    self.provenance = provenance
    self.value = value
    self.relative = relative
  }
}
