import LodeCore
import LodeModel

/// The shared intermediate form of one document that every stage reads: the text
/// (`slicer`), tokens, quotations, sentences and entity mentions, built once in linear time.
public struct DocumentAnalysis: Sendable {
  public var doc: String
  /// The document text the spans index (sentences are slices of it).
  public var body: String
  public var slicer: TextSlicer
  public var tokens: [Token]
  public var quotes: [QuoteSpan]
  /// For each token, the quotation it lies inside, or -1.
  public var inside: [Int]
  public var sentences: [SentenceRange]
  /// For each token, its sentence index.
  public var sentenceOf: [Int]
  public var mentions: [EntityMention]
  /// For each token, the index into `mentions` of the mention covering it, or -1.
  public var mentionAt: [Int]
  public var discovered: [Person]
  /// Gazetteer people and organisations by id (shared; people discovered here are in
  /// `discovered`).
  public var known: [String: Person]

  public init(doc: String, text: String, gazetteer: Gazetteer) {
    self.doc = doc
    body = text
    slicer = TextSlicer(text)
    tokens = Tokenizer.tokenize(slicer)
    (quotes, inside) = QuoteFinder.find(tokens)
    sentences = SentenceSplitter.split(tokens, inside: inside)
    sentenceOf = [Int](repeating: 0, count: tokens.count)
    for (si, s) in sentences.enumerated() {
      for k in s.firstToken..<s.endToken { sentenceOf[k] = si }
    }
    (mentions, discovered) = EntityMatcher.match(tokens, text: slicer, gazetteer: gazetteer)
    mentionAt = [Int](repeating: -1, count: tokens.count)
    for (mi, m) in mentions.enumerated() {
      for k in m.firstToken..<m.endToken { mentionAt[k] = mi }
    }
    known = gazetteer.byID
  }

  /// The person or organisation with this id, from the gazetteer or discovered in the text
  /// (a document discovers a handful: a scan beats building a dictionary per document).
  public func person(_ id: String) -> Person? {
    if let p = known[id] { return p }
    for p in discovered where p.id == id { return p }
    return nil
  }

  public func text(_ a: Int, _ b: Int) -> String { slicer.string(a, b) }

  /// Token `k`'s text as written, sliced from the document.
  public func text(of k: Int) -> String { slicer.text(tokens[k]) }

  /// Token `k`'s folded key, sliced from the document.
  public func key(_ k: Int) -> String { slicer.key(tokens[k]) }

  /// The byte of scalar `k` when that scalar is ASCII, else nil.
  @inline(__always) public func ascii(at k: Int) -> UInt8? {
    let b = slicer.utf8[slicer.offsets[k]]
    return b < 0x80 ? b : nil
  }

  /// Text of tokens [a, b).
  public func text(tokens a: Int, _ b: Int) -> String {
    guard a < b, b <= tokens.count else { return "" }
    return text(tokens[a].start, tokens[b - 1].end)
  }

  public func provenance(sentence: Int, _ a: Int, _ b: Int) -> Provenance {
    Provenance(doc: doc, sentence: sentence, span: SourceSpan(a, b))
  }

  /// The Sentence model values for the document, their texts slices of `body` (no copies).
  public var modelSentences: [Sentence] {
    let u = body.utf8
    return sentences.enumerated().map { i, s in
      let lo = u.index(u.startIndex, offsetBy: slicer.offsets[max(0, min(s.start, slicer.scalarCount))])
      let hi = u.index(u.startIndex, offsetBy: slicer.offsets[max(0, min(s.end, slicer.scalarCount))])
      return Sentence(
        doc: doc, index: i, span: SourceSpan(s.start, s.end), slice: body[lo..<hi], paragraph: s.paragraph)
    }
  }
}
