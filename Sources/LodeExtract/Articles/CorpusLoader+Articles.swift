import Foundation
import LodeCore

/// One document at a time, for streaming extraction (`lode extract`): the files a load
/// would read, one file's or one article's facts, extracted exactly as a load extracts them.
extension CorpusLoader {
  /// The document files under `paths`, in load order, with the warnings of the walk.
  public static func documentFiles(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
    var walk = DocumentWalk()
    let files = walk.files(paths) ?? []
    return (files.map(\.path), walk.diagnostics)
  }

  /// The document id a load gives the file at `path` (its name without the extension).
  public static func documentID(ofFile path: String) -> String { id(ofFile: path) }

  /// The facts of the file at `path` under `id`, and whether its line endings were folded
  /// (CRLF to LF: then every span is an offset into the folded text), or why it is skipped.
  public func facts(ofFile path: String, id: String) -> Result<(facts: DocumentFacts, folded: Bool), Diagnostic> {
    let limit = min(maxFileBytes, Self.maxBytes)
    guard let (stamp, _, _) = FileStamp.of(path) else { return .failure(DocumentBytes.unreadable(path)) }
    return DocumentBytes.read(path, limit: limit).map { read in
      (extractor.extract(id: id, path: path, raw: read.text), read.text.utf8.count < stamp.size)
    }
  }

  /// The facts of one article: spans are offsets into `article.text` exactly as given.
  public func facts(of article: Article, path: String) -> DocumentFacts {
    extractor.extract(id: article.id, path: path, text: article.text, fields: article.fields)
  }
}
