import Foundation
import LodeCore
import LodeModel

/// Reads `.txt`/`.md` documents from files and folders, and articles from JSON-lines
/// files (`.jsonl`, see `CorpusLoader+Articles.swift`), and extracts the domain model.
///
/// Files that cannot be read, look binary, are not UTF-8 or are too large are skipped with
/// one warning each; the rest load. Row order and ids are deterministic (paths sorted, then
/// text order). Every corpus goes through `extract` (seeds, `--seeds`, `:load`, `lode run`).
public struct CorpusLoader: Sendable {
  public let reference: ReferenceData
  let extractor: DocumentExtractor
  /// Called with (done, total) while documents are extracted, e.g. to draw progress on a TTY.
  public var progress: (@Sendable (Int, Int) -> Void)?
  /// When set, extraction results are cached on disk and reused for identical inputs
  /// (`load(paths:)`: per file, see `CorpusLoader+Files.swift`).
  public var cache: CorpusCache?
  /// The largest document file read, in bytes (the `load.max_file_mb` setting); larger
  /// ones are skipped with a warning. Never above `maxBytes`.
  public var maxFileBytes: Int = maxBytes
  /// Polled while a load walks folders, reads and extracts: true stops it (Ctrl-C), and the
  /// load returns the corpus it was given, unchanged, with a `load.cancelled` error.
  public var isCancelled: @Sendable () -> Bool = { false }

  public static let extensions: Set<String> = ["txt", "md"]

  public init(reference: ReferenceData = .bundled) {
    self.reference = reference
    extractor = DocumentExtractor(gazetteer: Gazetteer(reference))
  }

  /// Extracts already-read documents (id, display path, raw text with optional front matter).
  public func extract(_ inputs: [(id: String, path: String, raw: String)], into base: Corpus? = nil) -> Corpus {
    guard let cache else { return extractFresh(inputs, into: base, key: nil) }
    let key = CorpusCache.key(inputs, reference: reference)
    if let file = cache.open(key), file.documentCount == inputs.count {
      let ids = base == nil ? [] : Set(inputs.map(\.id))
      let fresh = FreshCorpus { [self] in extractFresh(inputs, into: base, key: key) }
      if let corpus = CorpusAssembler.assemble(
        cached: file, replacing: ids, reference: reference, base: base, fallback: fresh)
      {
        progress?(inputs.count, inputs.count)
        return corpus
      }
    }
    return extractFresh(inputs, into: base, key: key)
  }

  /// Extracts every document now (on all cores) and, with a cache and `key`, stores the facts.
  func extractFresh(_ inputs: [(id: String, path: String, raw: String)], into base: Corpus?, key: String?) -> Corpus {
    let facts = ParallelMap.map(inputs.count, progress: progress) { i in
      extractor.extract(id: inputs[i].id, path: inputs[i].path, raw: inputs[i].raw)
    }
    if let cache, let key { cache.store(facts, key: key) }
    return CorpusAssembler.assemble(lazily: facts, reference: reference, base: base)
  }

  /// The seed articles embedded in the binary (`seeds/articles/`), with the bundled reference data.
  public static func bundledSeeds() -> Corpus {
    let loader = CorpusLoader()
    let inputs = BundledSeeds.articles.map { f in
      (id: (f.name as NSString).deletingPathExtension, path: "seeds/articles/\(f.name)", raw: f.text)
    }
    return loader.extract(inputs)
  }

  /// The largest document file read (1 GiB): token spans are 32-bit, and an article is
  /// thousands of times smaller.
  public static let maxBytes = 1 << 30

  /// A file's bytes as document text (CRLF folded to LF), or why it is skipped: binary or not UTF-8.
  /// The fuzz target feeds bytes through exactly the loader's checks here.
  public static func text(of data: Data, path: String, limit: Int = maxBytes) -> Result<String, Diagnostic> {
    if data.count > limit { return .failure(tooLarge(path, data.count, limit: limit)) }
    var bytes = [UInt8](data)
    return DocumentBytes.text(&bytes, path: path)
  }

  static func tooLarge(_ path: String, _ size: Int, limit: Int = maxBytes) -> Diagnostic {
    Diagnostic(
      .warning, id: "extract.load.tooLarge",
      "skipped \(path): \(size) bytes is more than the \(limit)-byte limit for one document",
      hint: limit < maxBytes
        ? "raise the limit with :set load.max_file_mb, or split the file into articles" : "split it into articles",
      source: path)
  }
}
