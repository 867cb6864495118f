import Foundation
import LodeCore
import LodeExtract
import LodeModel

/// Where extraction time goes, stage by stage, over the same generated corpus as
/// `extract`: each stage runs on every document in turn and is timed on its own (median of
/// three passes), so the shares do not depend on a profiler's symbol attribution.
func runStageBenchmark(megabytes: Int) {
  let docs = ExtractionCorpus.generate(bytes: megabytes * 1_000_000)
  let mb = Double(docs.reduce(0) { $0 + $1.raw.utf8.count }) / 1_000_000
  let gazetteer = Gazetteer(ReferenceData.bundled)
  let bodies = docs.map { FrontMatter(parsing: $0.raw).body }
  let analyses = bodies.map { DocumentAnalysis(doc: "d", text: $0, gazetteer: gazetteer) }
  let date = DateValue(year: 2025, month: 3, day: 5)
  let found = analyses.map { DateExtractor($0, documentDate: date).extract() }
  func median(_ body: () -> Void) -> Double {
    var runs: [Double] = []
    for _ in 0..<3 {
      let t0 = DispatchTime.now().uptimeNanoseconds
      body()
      runs.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    return runs.sorted()[1]
  }
  var sink = 0
  let stages: [(String, () -> Void)] = [
    ("front matter", { for d in docs { sink &+= FrontMatter(parsing: d.raw).fields.count } }),
    (
      "analysis (tokens, quotes, sentences, entities)",
      {
        for b in bodies { sink &+= DocumentAnalysis(doc: "d", text: b, gazetteer: gazetteer).tokens.count }
      }
    ),
    ("  tokens only", { for b in bodies { sink &+= Tokenizer.tokenize(TextSlicer(b)).count } }),
    (
      "  entities (gazetteer and people)",
      {
        for a in analyses {
          sink &+= EntityMatcher.match(a.tokens, text: a.slicer, gazetteer: gazetteer).mentions.count
        }
      }
    ),
    ("dates", { for a in analyses { sink &+= DateExtractor(a, documentDate: date).extract().count } }),
    (
      "amounts",
      {
        for a in analyses {
          sink &+= AmountExtractor(a, taken: [Bool](repeating: false, count: a.tokens.count)).extract().count
        }
      }
    ),
    ("quotes and attribution", { for a in analyses { sink &+= QuoteAttributor.attribute(a).count } }),
    ("events", { for (a, f) in zip(analyses, found) { sink &+= EventExtractor.extract(a, dates: f).count } }),
    ("model sentences", { for a in analyses { sink &+= a.modelSentences.count } }),
    (
      "all stages, no rows built",
      {
        for b in bodies {
          let a = DocumentAnalysis(doc: "d", text: b, gazetteer: gazetteer)
          let f = DateExtractor(a, documentDate: date).extract()
          sink &+= AmountExtractor(a, taken: [Bool](repeating: false, count: a.tokens.count)).extract().count
          sink &+= QuoteAttributor.attribute(a).count + EventExtractor.extract(a, dates: f).count
        }
      }
    ),
    (
      "whole extractor",
      {
        let x = DocumentExtractor(gazetteer: gazetteer)
        for d in docs { sink &+= x.extract(id: d.id, path: d.path, raw: d.raw).quotes.count }
      }
    ),
  ]
  print(String(format: "stages over %.1f MB (%d documents), single core, median of 3:", mb, docs.count))
  for (name, body) in stages {
    let s = median(body)
    print(
      "  " + name.padding(toLength: 48, withPad: " ", startingAt: 0) + String(format: "%7.3f s  %6.1f MB/s", s, mb / s))
  }
  if sink == 42 { print("") }
}
