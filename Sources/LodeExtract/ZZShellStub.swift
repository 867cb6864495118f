// TEMPORARY stub written by the shell branch so LodeShell compiles before the extraction
// branch lands. It implements the agreed signatures minimally; the lead deletes it at merge.
import Foundation
import LodeCore
import LodeModel

/// TEMPORARY stub of the agreed corpus loader: documents only, no extraction.
public struct CorpusLoader {
  public var reference: ReferenceData
  public init(reference: ReferenceData = ReferenceData()) { self.reference = reference }

  public static func bundledSeeds() -> Corpus { Corpus() }

  public func load(paths: [String], into base: Corpus? = nil) -> (Corpus, [Diagnostic]) {
    var corpus = base ?? Corpus(reference: reference)
    var problems: [Diagnostic] = []
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        problems.append(Diagnostic(.io, id: "corpus.unreadable", "cannot read \(path)"))
        continue
      }
      let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      corpus.documents.append(Document(
        id: id, title: id, date: nil, dateSource: .unknown, path: path,
        text: String(decoding: data, as: UTF8.self)))
    }
    return (corpus, problems)
  }
}
