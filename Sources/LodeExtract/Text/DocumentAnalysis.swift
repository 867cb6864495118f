import Foundation
import LodeCore
import LodeModel

/// The shared intermediate form of one document that every stage reads: scalars,
/// tokens, quotations, sentences and entity mentions, built once in linear time.
public struct DocumentAnalysis: Sendable {
  public var doc: String
  public var scalars: [Unicode.Scalar]
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
  /// Gazetteer people and organisations by id (shared) plus people discovered here.
  public var known: [String: Person]
  public var discoveredByID: [String: Person]

  public init(doc: String, text: String, gazetteer: Gazetteer) {
    self.doc = doc
    slicer = TextSlicer(text)
    scalars = Self.decode(slicer)
    tokens = Tokenizer.tokenize(scalars, slicer)
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
    var found: [String: Person] = [:]
    for p in discovered { found[p.id] = p }
    discoveredByID = found
  }

  /// The text's scalars, decoded from the slicer's UTF-8 bytes in one pass (the count is known).
  static func decode(_ slicer: TextSlicer) -> [Unicode.Scalar] {
    slicer.utf8.withUnsafeBufferPointer { b in
      [Unicode.Scalar](unsafeUninitializedCapacity: slicer.scalarCount) { out, count in
        var i = 0
        var o = 0
        let n = b.count
        while i < n, o < out.count {
          let c = UInt32(b[i])
          var v = c
          if c < 0x80 {
            i += 1
          } else if c >= 0xF0, i + 3 < n {
            v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
            i += 4
          } else if c >= 0xE0, i + 2 < n {
            v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            i += 3
          } else if c >= 0xC0, i + 1 < n {
            v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            i += 2
          } else {
            i += 1
          }
          out.initializeElement(at: o, to: Unicode.Scalar(v) ?? "\u{FFFD}")
          o += 1
        }
        count = o
      }
    }
  }

  /// The person or organisation with this id, from the gazetteer or discovered in the text.
  public func person(_ id: String) -> Person? { known[id] ?? discoveredByID[id] }

  public func text(_ a: Int, _ b: Int) -> String { slicer.string(a, b) }

  /// Token `k`'s text as written, sliced from the document.
  public func text(of k: Int) -> String { slicer.text(tokens[k]) }

  /// Token `k`'s folded key, sliced from the document.
  public func key(_ k: Int) -> String { slicer.key(tokens[k]) }

  /// Text of tokens [a, b).
  public func text(tokens a: Int, _ b: Int) -> String {
    guard a < b, b <= tokens.count else { return "" }
    return text(tokens[a].start, tokens[b - 1].end)
  }

  public func provenance(sentence: Int, _ a: Int, _ b: Int) -> Provenance {
    Provenance(doc: doc, sentence: sentence, span: SourceSpan(a, b))
  }

  /// The Sentence model values for the document.
  public var modelSentences: [Sentence] {
    sentences.enumerated().map { i, s in
      Sentence(doc: doc, index: i, span: SourceSpan(s.start, s.end), text: text(s.start, s.end), paragraph: s.paragraph)
    }
  }
}
