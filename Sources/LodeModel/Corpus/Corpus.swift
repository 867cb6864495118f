/// Everything lode knows: documents and the facts extracted from them, plus reference data.
///
/// A value type: `:load` builds a new corpus and the shell swaps it in, so commands
/// always see a consistent snapshot. Row order is deterministic (document order, then
/// position in the text), and ids (`q1`, `a1`, `d1`, `e1`) are assigned in that order.
public struct Corpus: Sendable {
  public var reference: ReferenceData
  /// Gazetteer people plus people discovered in the text.
  public var people: [Person]
  public var organisations: [Person]
  var documentTable: CorpusTable<Document> { didSet { documentIndex = Self.index(documentTable) } }
  /// Each document id's position in `documents` (the first, should two share an id),
  /// built on the first lookup: `document(_:)` is called once per row by table commands.
  var documentIndex: BuiltOnce<[String: Int]>
  var quoteTable: CorpusTable<Quote>
  var amountTable: CorpusTable<Amount>
  var dateTable: CorpusTable<DateMention>
  var eventTable: CorpusTable<Event>
  var mentionTable: CorpusTable<Mention>

  public init(
    reference: ReferenceData = ReferenceData(), documents: [Document] = [], quotes: [Quote] = [],
    amounts: [Amount] = [], dates: [DateMention] = [], events: [Event] = [],
    people: [Person] = [], organisations: [Person] = [], mentions: [Mention] = []
  ) {
    self.reference = reference
    self.people = people
    self.organisations = organisations
    documentTable = .rows(documents)
    documentIndex = Self.index(.rows(documents))
    quoteTable = .rows(quotes)
    amountTable = .rows(amounts)
    dateTable = .rows(dates)
    eventTable = .rows(events)
    mentionTable = .rows(mentions)
  }

  /// A corpus whose document and fact tables are built on first read (e.g. decoded from
  /// the corpus cache), so loading costs only what the commands that run actually use.
  public init(
    reference: ReferenceData, people: [Person], organisations: [Person], documents: LazyRows<Document>,
    quotes: LazyRows<Quote>, amounts: LazyRows<Amount>, dates: LazyRows<DateMention>, events: LazyRows<Event>,
    mentions: LazyRows<Mention>
  ) {
    self.reference = reference
    self.people = people
    self.organisations = organisations
    documentTable = .lazy(documents)
    documentIndex = Self.index(.lazy(documents))
    quoteTable = .lazy(quotes)
    amountTable = .lazy(amounts)
    dateTable = .lazy(dates)
    eventTable = .lazy(events)
    mentionTable = .lazy(mentions)
  }

  /// The document with this id, found through an index built on first use.
  public func document(_ id: String) -> Document? {
    guard let i = documentIndex.value[id] else { return nil }
    return documentTable.rows[i]
  }

  /// Where the document with this id is in `documents` (the same index `document(_:)`
  /// uses), for callers that look up many rows against one copy of `documents`.
  public func documentPosition(_ id: String) -> Int? { documentIndex.value[id] }

  static func index(_ table: CorpusTable<Document>) -> BuiltOnce<[String: Int]> {
    BuiltOnce {
      let rows = table.rows
      var index: [String: Int] = [:]
      index.reserveCapacity(rows.count)
      for (i, d) in rows.enumerated() where index[d.id] == nil { index[d.id] = i }
      return index
    }
  }

  /// The sentence a fact came from.
  public func sentence(_ p: Provenance) -> Sentence? {
    guard let d = document(p.doc), d.sentences.indices.contains(p.sentence) else { return nil }
    return d.sentences[p.sentence]
  }
}
