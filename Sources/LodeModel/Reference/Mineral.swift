/// An element or raw material: rare-earth elements, EU critical raw materials, others.
public struct Mineral: Sendable, Hashable {
  public enum Group: String, Sendable, Hashable, CaseIterable {
    case rareEarth = "rare-earth", critical, other
  }

  /// Chemical symbol where there is one (`Nd`), else a short id (`graphite`).
  public var symbol: String
  public var name: String
  public var group: Group
  public var aliases: [String]
  /// On the EU's list of 34 critical raw materials (Regulation (EU) 2024/1252, Annex II).
  public var criticalEU: Bool = false
  /// Whether the EU lists it as strategic (Annex I), as the source says it: "yes", "no",
  /// "partly", "yes (magnet REE)".
  public var strategicEU: String = "no"
  /// The material as the EU list names it, when that differs from `name`
  /// ("Titanium metal" for titanium: an ore such as ilmenite is not the listed material).
  public var euName: String?
  public var source: String

  public init(symbol: String, name: String, group: Group, aliases: [String] = [], source: String) {
    self.symbol = symbol
    self.name = name
    self.group = group
    self.aliases = aliases
    self.source = source
  }
}

/// A known mineral deposit: where it is, what it holds, its status, and the source.
public struct Deposit: Sendable, Hashable {
  public var id: String
  public var name: String
  /// Other spellings and transliterations.
  public var aliases: [String] = []
  /// ISO code of the region it lies in.
  public var region: String
  /// Every region it spans, `region` first (the Donbas coal basin: Donetsk and Luhansk).
  public var regions: [String] = []
  /// Mineral symbols or ids.
  public var minerals: [String]
  public var status: String?
  public var note: String?
  public var source: String

  public init(
    id: String, name: String, region: String, minerals: [String], status: String? = nil,
    note: String? = nil, source: String
  ) {
    self.id = id
    self.name = name
    self.region = region
    self.regions = [region]
    self.minerals = minerals
    self.status = status
    self.note = note
    self.source = source
  }
}
