import LodeCore

/// Everything lode knows: documents and the facts extracted from them, plus reference data.
///
/// A value type: `:load` builds a new corpus and the shell swaps it in, so commands
/// always see a consistent snapshot. Row order is deterministic (document order, then
/// position in the text), and ids (`q1`, `a1`, `d1`, `e1`) are assigned in that order.
public struct Corpus: Sendable {
  public var reference: ReferenceData
  public var documents: [Document]
  public var quotes: [Quote]
  public var amounts: [Amount]
  public var dates: [DateMention]
  public var events: [Event]
  /// Gazetteer people plus people discovered in the text.
  public var people: [Person]
  public var organisations: [Person]
  public var mentions: [Mention]

  public init(
    reference: ReferenceData = ReferenceData(), documents: [Document] = [], quotes: [Quote] = [],
    amounts: [Amount] = [], dates: [DateMention] = [], events: [Event] = [],
    people: [Person] = [], organisations: [Person] = [], mentions: [Mention] = []
  ) {
    self.reference = reference
    self.documents = documents
    self.quotes = quotes
    self.amounts = amounts
    self.dates = dates
    self.events = events
    self.people = people
    self.organisations = organisations
    self.mentions = mentions
  }

  public func document(_ id: String) -> Document? { documents.first { $0.id == id } }

  /// The sentence a fact came from.
  public func sentence(_ p: Provenance) -> Sentence? {
    guard let d = document(p.doc), d.sentences.indices.contains(p.sentence) else { return nil }
    return d.sentences[p.sentence]
  }
}
