import Foundation
import LodeCore
import LodeModel

/// Loads that include article JSON lines (`--seeds FILE.jsonl`, `:load FILE.jsonl`): each
/// `.jsonl` path gives its articles in line order, other paths their files as a load walks
/// them; ids are the articles' own and the files' names, `-2`, `-3` after a repeat. Not
/// cached (the per-file cache keys files, not lines); a bad line is a warning naming it.
extension CorpusLoader {
  enum Input: Sendable {
    case line(Data, number: Int, source: String)
    case file(String)
  }

  func loadWithArticles(_ paths: [String], into base: Corpus?) -> (Corpus, [Diagnostic]) {
    let limit = min(maxFileBytes, Self.maxBytes)
    var diagnostics: [Diagnostic] = []
    var inputs: [Input] = []
    for path in paths {
      if isCancelled() { return cancelled(base) }
      guard JSONLinesReader.isLinesFile(path) else {
        var walk = DocumentWalk(isCancelled: isCancelled)
        guard let files = walk.files([path]) else { return cancelled(base) }
        diagnostics += walk.diagnostics
        inputs += files.map { .file($0.path) }
        continue
      }
      switch JSONLinesReader.open(path, maxLine: limit) {
      case .failure(let d): diagnostics.append(d)
      case .success(let reader):
        while let item = reader.next() {
          switch item {
          case .line(let number, let data): inputs.append(.line(data, number: number, source: path))
          case .tooLong(let number, let bytes):
            diagnostics.append(JSONLinesReader.tooLong(path, number: number, bytes: bytes, limit: limit))
          }
        }
      }
    }
    let all = inputs
    // Read and parse on all cores, then name in order, then extract on all cores.
    guard
      let read = ParallelMap.map(
        all.count, isCancelled: isCancelled,
        { i -> Result<(id: String, article: Article?, raw: String?, path: String), Diagnostic> in
          switch all[i] {
          case .line(let data, let number, let source):
            return Article.parse(data, number: number, source: source).map { ($0.id, $0, nil, source) }
          case .file(let path):
            return DocumentBytes.read(path, limit: limit).map { (Self.id(ofFile: path), nil, $0.text, path) }
          }
        })
    else { return cancelled(base) }
    var used = Set<String>()
    var named: [(id: String, article: Article?, raw: String?, path: String)] = []
    for r in read {
      switch r {
      case .failure(let d): diagnostics.append(d)
      case .success(var doc):
        var n = 2
        let id = doc.id
        while used.contains(doc.id) {
          doc.id = "\(id)-\(n)"
          n += 1
        }
        used.insert(doc.id)
        named.append(doc)
      }
    }
    let documents = named
    guard
      var facts = ParallelMap.map(
        documents.count, progress: progress, isCancelled: isCancelled,
        { k -> DocumentFacts in
          let d = documents[k]
          if let article = d.article {
            return extractor.extract(id: d.id, path: d.path, text: article.text, fields: article.fields)
          }
          return extractor.extract(id: d.id, path: d.path, raw: d.raw ?? "")
        })
    else { return cancelled(base) }
    return (CorpusAssembler.assemble(moving: &facts, reference: reference, base: base), diagnostics)
  }
}
