import Foundation
import LodeCore
import LodeExtract
import LodeModel

/// The extractor target: bytes pass the loader's checks (`CorpusLoader.text(of:path:)`) and
/// are extracted as one document; bytes the loader rejects are extracted lossily decoded,
/// so mutations that break UTF-8 still reach the extractor.
///
/// Checks: rejections are warnings; every span lies inside the text and inside its sentence's
/// document; amounts, dates and mentions quote exactly the text their span covers.
enum ExtractFuzz {
  static let loader = CorpusLoader()
  static let path = "fuzz.txt"

  static func run(_ data: [UInt8]) -> [FuzzFinding] {
    var f = Findings()
    let raw: String
    switch CorpusLoader.text(of: Data(data), path: path) {
    case .success(let text): raw = text
    case .failure(let d):
      f.check(
        d.isWarning && d.id.hasPrefix("extract.load.") && d.source == path, "loader.rejection",
        "unexpected rejection \(d.kind) \(d.id)")
      raw = String(decoding: data, as: UTF8.self)
    }
    let corpus = loader.extract([(id: "fuzz", path: path, raw: raw)])
    check(corpus, &f)
    return f.items
  }

  static func check(_ corpus: Corpus, _ f: inout Findings) {
    f.check(corpus.documents.count == 1, "corpus.documents", "\(corpus.documents.count) documents for one input")
    guard let doc = corpus.documents.first else { return }
    let length = doc.text.unicodeScalars.count
    for (i, s) in doc.sentences.enumerated() {
      f.check(s.index == i, "sentence.index", "sentence \(i) has index \(s.index)")
      inside(s.span, length, "sentence \(i)", &f)
      f.check(s.text == doc.text.slice(s.span), "sentence.text", "sentence \(i) text differs from its span \(s.span)")
    }
    func fact(_ p: Provenance, _ text: String?, _ what: String) {
      f.check(p.doc == doc.id, "provenance.doc", "\(what) names document \(p.doc)")
      f.check(
        doc.sentences.indices.contains(p.sentence), "provenance.sentence",
        "\(what) in sentence \(p.sentence) of \(doc.sentences.count)")
      inside(p.span, length, what, &f)
      if let text {
        f.check(text == doc.text.slice(p.span), "provenance.text", "\(what) `\(text)` is not the text at \(p.span)")
      }
      _ = corpus.highlighted(p)
    }
    for q in corpus.quotes {
      fact(q.provenance, nil, "quote \(q.id)")
      if let s = q.sourceSpan { inside(s, length, "source of quote \(q.id)", &f) }
      f.check(q.confidence >= 0 && q.confidence <= 1, "quote.confidence", "quote \(q.id) confidence \(q.confidence)")
    }
    for a in corpus.amounts { fact(a.provenance, a.text, "amount \(a.id)") }
    for d in corpus.dates { fact(d.provenance, d.text, "date \(d.id)") }
    for m in corpus.mentions { fact(m.provenance, m.text, "mention of \(m.entity)") }
    for e in corpus.events { if let p = e.provenance { fact(p, nil, "event \(e.id)") } }
    _ = corpus.fingerprint
    _ = corpus.mentionCounts
  }

  static func inside(_ s: SourceSpan, _ length: Int, _ what: String, _ f: inout Findings) {
    f.check(
      s.start >= 0 && s.start <= s.end && s.end <= length, "span.bounds",
      "\(what) at \(s) outside a text of \(length) scalars")
  }
}
