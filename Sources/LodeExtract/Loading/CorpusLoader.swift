import Foundation
import LodeCore
import LodeModel

/// Reads `.txt`/`.md` documents from files and folders and extracts the domain model.
///
/// Files that cannot be read, look binary, or are not UTF-8 are skipped with one warning
/// each; the rest load. Row order and ids are deterministic (paths sorted, then text order).
public struct CorpusLoader: Sendable {
  public let reference: ReferenceData
  let extractor: DocumentExtractor
  /// Called with (done, total) while documents are extracted, e.g. to draw progress on a TTY.
  public var progress: (@Sendable (Int, Int) -> Void)?
  /// When set, extraction results are cached on disk and reused for identical inputs.
  public var cache: CorpusCache?

  public static let extensions: Set<String> = ["txt", "md"]

  public init(reference: ReferenceData = .bundled) {
    self.reference = reference
    extractor = DocumentExtractor(gazetteer: Gazetteer(reference))
  }

  /// Loads files or folders (recursively) into a new corpus, or on top of `base`
  /// (documents with the same id are replaced).
  public func load(paths: [String], into base: Corpus? = nil) -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var files: [String] = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        diagnostics.append(
          Diagnostic(.io, id: "extract.load.missing", "no such file or folder: \(path)", hint: "check the path", source: path))
        continue
      }
      if isDir.boolValue {
        files += Self.documents(in: path, diagnostics: &diagnostics)
      } else {
        files.append(path)
      }
    }
    var inputs: [(id: String, path: String, raw: String)] = []
    var used = Set<String>()
    for file in files {
      switch Self.read(file) {
      case .success(let raw):
        var id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        if used.contains(id) {
          var n = 2
          while used.contains("\(id)-\(n)") { n += 1 }
          id = "\(id)-\(n)"
        }
        used.insert(id)
        inputs.append((id, file, raw))
      case .failure(let d):
        diagnostics.append(d)
      }
    }
    return (extract(inputs, into: base), diagnostics)
  }

  /// Extracts already-read documents (id, display path, raw text with optional front matter).
  public func extract(_ inputs: [(id: String, path: String, raw: String)], into base: Corpus? = nil) -> Corpus {
    guard let cache else { return extractFresh(inputs, into: base, key: nil) }
    let key = CorpusCache.key(inputs, reference: reference)
    if let file = cache.open(key), file.documentCount == inputs.count {
      let ids = base == nil ? [] : Set(inputs.map(\.id))
      let fresh = FreshCorpus { [self] in extractFresh(inputs, into: base, key: key) }
      if let corpus = CorpusAssembler.assemble(cached: file, replacing: ids, reference: reference, base: base, fallback: fresh) {
        progress?(inputs.count, inputs.count)
        return corpus
      }
    }
    return extractFresh(inputs, into: base, key: key)
  }

  /// Extracts every document now (on all cores) and, with a cache and `key`, stores the facts.
  func extractFresh(_ inputs: [(id: String, path: String, raw: String)], into base: Corpus?, key: String?) -> Corpus {
    var facts = ParallelMap.map(inputs.count, progress: progress) { i in
      extractor.extract(id: inputs[i].id, path: inputs[i].path, raw: inputs[i].raw)
    }
    if let cache, let key { cache.store(facts, key: key) }
    return CorpusAssembler.assemble(moving: &facts, reference: reference, base: base)
  }

  /// The seed articles embedded in the binary (`seeds/articles/`), with the bundled reference data.
  public static func bundledSeeds() -> Corpus {
    let loader = CorpusLoader()
    let inputs = BundledSeeds.articles.map { f in
      (id: (f.name as NSString).deletingPathExtension, path: "seeds/articles/\(f.name)", raw: f.text)
    }
    return loader.extract(inputs)
  }

  /// Document files under a folder, recursively, sorted; hidden files skipped. A folder
  /// that cannot be listed (mode 000, say) is a warning like an unreadable file, never a
  /// silently empty folder.
  static func documents(in folder: String, diagnostics: inout [Diagnostic]) -> [String] {
    var out: [String] = []
    var pending = [folder]
    let fm = FileManager.default
    while let current = pending.popLast() {
      let names: [String]
      do {
        names = try fm.contentsOfDirectory(atPath: current)
      } catch {
        diagnostics.append(
          Diagnostic(
            .warning, id: "extract.load.unreadable", "skipped \(current): cannot list the folder",
            hint: "check its permissions", source: current))
        continue
      }
      for name in names where !name.hasPrefix(".") {
        let path = (current as NSString).appendingPathComponent(name)
        // The item itself, not a link's target: a link to a folder is not followed (no cycles).
        let type = (try? fm.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        if type == .typeDirectory {
          pending.append(path)
        } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
          out.append(path)
        }
      }
    }
    return out.sorted()
  }

  /// The largest document file read (1 GiB): token spans are 32-bit, and an article is
  /// thousands of times smaller.
  public static let maxBytes = 1 << 30

  /// Reads one file as UTF-8 text, or explains in one line why it was skipped.
  static func read(_ path: String) -> Result<String, Diagnostic> {
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
      return .failure(tooLarge(path, size))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(Diagnostic(.warning, id: "extract.load.unreadable", "skipped \(path): cannot read the file", source: path))
    }
    return text(of: data, path: path)
  }

  /// A file's bytes as document text (CRLF folded to LF), or why it is skipped: binary or not UTF-8.
  /// Separate from `read` so the fuzz target feeds bytes through exactly the loader's checks.
  public static func text(of data: Data, path: String, limit: Int = maxBytes) -> Result<String, Diagnostic> {
    if data.count > limit { return .failure(tooLarge(path, data.count, limit: limit)) }
    if data.contains(0) {
      return .failure(Diagnostic(.warning, id: "extract.load.binary", "skipped \(path): binary file (contains NUL bytes)", source: path))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(
        Diagnostic(
          .warning, id: "extract.load.notUTF8", "skipped \(path): not valid UTF-8 text", hint: "convert it with iconv -t UTF-8",
          source: path))
    }
    return .success(text.replacingOccurrences(of: "\r\n", with: "\n"))
  }

  static func tooLarge(_ path: String, _ size: Int, limit: Int = maxBytes) -> Diagnostic {
    Diagnostic(
      .warning, id: "extract.load.tooLarge", "skipped \(path): \(size) bytes is more than the \(limit)-byte limit for one document",
      hint: "split it into articles", source: path)
  }
}
