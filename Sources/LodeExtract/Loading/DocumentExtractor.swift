import Foundation
import LodeCore
import LodeModel

/// Everything extracted from one document, before corpus-wide ids are assigned.
public struct DocumentFacts: Sendable {
  public var document: Document
  public var quotes: [Quote]
  public var amounts: [Amount]
  public var dates: [DateMention]
  public var events: [Event]
  public var mentions: [Mention]
  public var discovered: [Person]
  /// The file the document was read from, as the corpus cache checks it next time.
  public var file = FileStamp.none
}

/// Runs every stage over one document: front matter, tokens, quotations, sentences,
/// entities, quotes and attribution, dates (inferring the document date when missing),
/// amounts and events. Linear in the length of the text.
public struct DocumentExtractor: Sendable {
  public let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

  public func extract(id: String, path: String, raw: String) -> DocumentFacts {
    let fm = FrontMatter(parsing: raw)
    return extract(id: id, path: path, text: fm.body, fields: fm.fields)
  }

  /// Extracts a document whose metadata came apart from its text (`title`, `date`,
  /// `source`, `url`, as front matter names them), e.g. an article JSON line: spans are
  /// offsets into `text` exactly as given.
  public func extract(id: String, path: String, text: String, fields: [String: String]) -> DocumentFacts {
    let a = DocumentAnalysis(doc: id, text: text, gazetteer: gazetteer)
    var date = fields["date"].flatMap(Self.parseDate)
    var source: Document.DateSource = date == nil ? .unknown : .explicit
    if date == nil {
      let absolute = DateExtractor(a, documentDate: nil).extract().filter { !$0.relative && $0.value.precision == .day }
      // A dateline ("April 30, 2025 —", "KYIV, 30 April 2025 (Wire) –") dates the document;
      // else the latest full date in the text.
      if let line = absolute.first(where: { DateExtractor.isDateline($0, a) })
        ?? absolute.max(by: { $0.value < $1.value })
      {
        date = line.value
        source = .inferred
      }
    }
    let foundDates = DateExtractor(a, documentDate: date?.precision == .day ? date : nil).extract()
    var taken = [Bool](repeating: false, count: a.tokens.count)
    for d in foundDates { for k in d.firstToken..<d.endToken { taken[k] = true } }
    let foundAmounts = AmountExtractor(a, taken: taken).extract()
    let quotes = QuoteAttributor.attribute(a)
    let holders = Holders(quotes, a)
    let sentences = a.modelSentences
    let title = fields["title"] ?? Self.title(from: sentences.first?.text ?? id)
    let document = Document(
      id: id, title: title, date: date, dateSource: source, path: path, source: fields["source"],
      url: fields["url"], text: text, sentences: sentences)

    let dates = foundDates.map { d in
      let (s, e) = (a.tokens[d.firstToken].start, a.tokens[d.endToken - 1].end)
      return DateMention(
        id: "", text: a.text(s, e), provenance: a.provenance(sentence: a.sentenceOf[d.firstToken], s, e),
        value: d.value, relative: d.relative)
    }
    let amounts = foundAmounts.map { f in
      let (s, e) = (a.tokens[f.firstToken].start, a.tokens[f.endToken - 1].end)
      return Amount(
        id: "", text: a.text(s, e), provenance: a.provenance(sentence: a.sentenceOf[f.firstToken], s, e), kind: f.kind,
        value: f.value, currency: f.currency, unit: f.unit, qualifier: f.qualifier, refersTo: f.refersTo,
        holder: holder(a, f, holders))
    }
    let events = EventExtractor.extract(a, dates: foundDates, sentenceTexts: sentences.map(\.slice)).map { f in
      let s = a.sentences[f.sentence]
      return Event(
        id: "", date: f.date, summary: f.summary, actors: f.actors,
        provenance: a.provenance(sentence: f.sentence, s.start, s.end), order: 0)
    }
    let mentions = a.mentions.map { m in
      Mention(
        entity: m.id, text: m.text, provenance: a.provenance(sentence: a.sentenceOf[m.firstToken], m.start, m.end))
    }
    return DocumentFacts(
      document: document, quotes: quotes, amounts: amounts, dates: dates, events: events, mentions: mentions,
      discovered: a.discovered)
  }

  /// Who claims the figure: the speaker of the quotation it sits in, a possessive owner
  /// earlier in the sentence ("Trump's … proposal … $500 billion"), or the sentence's
  /// reported speaker.
  func holder(_ a: DocumentAnalysis, _ f: AmountExtractor.Found, _ h: Holders) -> String? {
    let si = a.sentenceOf[f.firstToken]
    let qi = a.inside[f.firstToken]
    if qi >= 0, let speaker = h.byQuotation[qi] { return speaker }
    // "Trump's controversial proposal … $500 billion", "Washington's demand … half", "the EU's 34 …"
    var k = f.firstToken - 1
    while k >= a.sentences[si].firstToken, k >= f.firstToken - 30 {
      if a.tokens[k].kind == .possessive, k > 0, a.mentionAt[k - 1] >= 0 {
        let m = a.mentions[a.mentionAt[k - 1]]
        let claims =
          k + 1 == f.firstToken
          || (k + 1..<min(k + 4, f.firstToken)).contains { Self.claimNouns.contains(a.tokens[$0]) }
        if claims, m.kind == .person || m.kind == .organisation { return a.person(m.id)?.name ?? m.text }
      }
      k -= 1
    }
    return h.indirectBySentence[si]
  }

  /// Speakers by quotation (index into `DocumentAnalysis.quotes`) and by sentence of
  /// reported speech, for amount holders.
  struct Holders {
    var byQuotation: [String?]
    var indirectBySentence: [String?]
    init(_ quotes: [Quote], _ a: DocumentAnalysis) {
      byQuotation = [String?](repeating: nil, count: a.quotes.count)
      indirectBySentence = [String?](repeating: nil, count: a.sentences.count)
      // Quotes come in text order, as do the quotations they were made from.
      var qi = 0
      for q in quotes {
        guard let sp = q.speaker else { continue }
        if q.kind == .indirect {
          if q.provenance.sentence < indirectBySentence.count { indirectBySentence[q.provenance.sentence] = sp }
        } else {
          let start = q.provenance.span.start
          while qi < a.quotes.count, a.quotes[qi].start < start { qi += 1 }
          if qi < a.quotes.count, a.quotes[qi].start == start { byQuotation[qi] = sp }
        }
      }
    }
  }

  static func parseDate(_ s: String) -> DateValue? {
    // `.whitespaces` (tab and Zs) is white space: without it at either end trimming is a no-op.
    let padded =
      s.unicodeScalars.first?.properties.isWhitespace == true || s.unicodeScalars.last?.properties.isWhitespace == true
    if let d = DateValue.parse(padded ? s.trimmingCharacters(in: .whitespaces) : s) { return d }
    let a = DocumentAnalysis(doc: "", text: s, gazetteer: Gazetteer(ReferenceData()))
    return DateExtractor(a, documentDate: nil).extract().first { !$0.relative }?.value
  }

  static func title(from s: String) -> String {
    let flat = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    guard flat.count > 80 else { return flat }
    var cut = String(flat.prefix(80))
    if let sp = cut.lastIndex(of: " ") { cut = String(cut[..<sp]) }
    return cut + "…"
  }
}
