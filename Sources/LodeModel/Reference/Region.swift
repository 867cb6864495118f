import Foundation
import LodeCore

/// One of Ukraine's 27 first-level units (ISO 3166-2:UA), with names, facts and sources.
public struct Region: Sendable, Hashable {
  /// Occupation status at a stated date, as the source says it.
  public struct Occupation: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
      case none, partly, almostWholly = "almost wholly", wholly
    }
    public var status: Status
    /// The date the status refers to ("2025-02").
    public var asOf: DateValue
    public var note: String?
    public var source: String
    public init(status: Status, asOf: DateValue, note: String? = nil, source: String) {
      self.status = status
      self.asOf = asOf
      self.note = note
      self.source = source
    }
  }

  /// ISO 3166-2 code, e.g. `UA-12`.
  public var code: String
  public var name: String
  public var isoName: String
  public var ukrainian: String
  /// region | republic | city
  public var type: String
  public var centre: String?
  /// Former, transliterated and Russian-based names and short forms.
  public var aliases: [String]
  /// Names that denote the region only beside "region"/"oblast" or in a list of regions
  /// ("Dnipro" is also a river and a city).
  public var weakAliases: [String] = []
  public var areaKm2: Decimal?
  public var population: Decimal?
  public var occupation: Occupation
  public var sources: [String]

  public init(
    code: String, name: String, isoName: String, ukrainian: String, type: String,
    centre: String?, aliases: [String], areaKm2: Decimal?, population: Decimal?,
    occupation: Occupation, sources: [String]
  ) {
    self.code = code
    self.name = name
    self.isoName = isoName
    self.ukrainian = ukrainian
    self.type = type
    self.centre = centre
    self.aliases = aliases
    self.areaKm2 = areaKm2
    self.population = population
    self.occupation = occupation
    self.sources = sources
  }
}
