/// One place in the corpus where an entity (person, org, region, mineral, deposit) is named.
public struct Mention: Sendable, Hashable {
  /// The entity's id: a person/org slug, a region's ISO code, a mineral symbol, a deposit id.
  public var entity: String
  public var text: String
  public var provenance: Provenance

  public init(entity: String, text: String, provenance: Provenance) {
    self.entity = entity
    self.text = text
    self.provenance = provenance
  }
}
