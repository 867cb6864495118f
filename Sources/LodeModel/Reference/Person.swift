/// A person or organisation: canonical name, aliases, role, country.
///
/// Gazetteer entries come from `seeds/reference/people.tsv` / `orgs.tsv` with a source;
/// people found only in the text (a title or a name before a speech verb) have
/// `source == nil` and `discovered == true`.
public struct Person: Sendable, Hashable {
  public var id: String
  public var name: String
  public var aliases: [String]
  public var role: String?
  public var country: String?
  /// Pronoun gender when the gazetteer records it ("he"/"she"), used to resolve pronoun cues.
  public var pronoun: String?
  public var source: String?
  public var discovered: Bool
  /// Whether this entry is an organisation (or a country, a newspaper) rather than a person.
  public var isOrganisation: Bool

  public init(
    id: String, name: String, aliases: [String] = [], role: String? = nil,
    country: String? = nil, pronoun: String? = nil, source: String? = nil,
    discovered: Bool = false, isOrganisation: Bool = false
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.role = role
    self.country = country
    self.pronoun = pronoun
    self.source = source
    self.discovered = discovered
    self.isOrganisation = isOrganisation
  }
}
