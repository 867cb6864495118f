/// The curated reference data that ships inside the binary (regions, minerals,
/// deposits, people, organisations), loaded from `seeds/reference/*.tsv`.
public struct ReferenceData: Sendable, Hashable {
  public var regions: [Region]
  /// Sourced names of regions and of areas spanning several (`region_names.tsv`).
  public var regionNames: [RegionName] = []
  public var minerals: [Mineral]
  public var deposits: [Deposit]
  public var people: [Person]
  public var organisations: [Person]

  public init(
    regions: [Region] = [], minerals: [Mineral] = [], deposits: [Deposit] = [],
    people: [Person] = [], organisations: [Person] = []
  ) {
    self.regions = regions
    self.minerals = minerals
    self.deposits = deposits
    self.people = people
    self.organisations = organisations
  }
}
