/// A name of one or more regions, with what kind of name it is and its source:
/// an abbreviation (ARC), a short Cyrillic form (Крим), the name of an occupation entity
/// (DPR), a former name of a region or of its centre (Voroshilovgrad Oblast, Kirovohrad),
/// or an area that spans several regions (Donbas: Luhansk and Donetsk oblasts).
///
/// From `seeds/reference/region_names.tsv`, one row per name, each with its source. A name
/// of one region is also one of that region's `aliases`; an area's name is a weak alias of
/// every region it spans (it names none of them alone).
public struct RegionName: Sendable, Hashable {
  public var name: String
  /// ISO codes of the regions the name denotes: one, or several for an area.
  public var codes: [String]
  /// abbreviation, Ukrainian/Russian short form, occupation entity, former name, former
  /// centre name, centre (Ukrainian/Russian), area.
  public var kind: String
  public var note: String?
  public var source: String

  public init(name: String, codes: [String], kind: String, note: String? = nil, source: String) {
    self.name = name
    self.codes = codes
    self.kind = kind
    self.note = note
    self.source = source
  }

  /// Whether the name covers several regions (an area such as Donbas).
  public var isArea: Bool { codes.count > 1 }
}
