import LodeCore
import LodeModel

/// Loading files and folders, with the corpus cache per file: a file whose size,
/// modification time, inode and device are what the cache recorded is not read at all; one
/// whose stamp changed is read and hashed, and reused when its bytes are the same; only new
/// or edited files are extracted. Facts depend on a document's own text (and id and path)
/// and the reference data alone; everything across documents (ids `q1…`, people merged,
/// mention counts) is computed after, so reused and fresh facts give the same corpus.
extension CorpusLoader {
  /// Loads files or folders (recursively) into a new corpus, or on top of `base`
  /// (documents with the same id are replaced). When cancelled (`isCancelled`), returns
  /// `base` unchanged (or an empty corpus) and a `load.cancelled` error.
  public func load(paths: [String], into base: Corpus? = nil) -> (Corpus, [Diagnostic]) {
    if paths.contains(where: JSONLinesReader.isLinesFile) { return loadWithArticles(paths, into: base) }
    var walk = DocumentWalk(isCancelled: isCancelled)
    guard let files = walk.files(paths) else { return cancelled(base) }
    var diagnostics = walk.diagnostics
    let limit = min(maxFileBytes, Self.maxBytes)
    let packed = cache.flatMap { PackedFiles($0, key: CorpusCache.key(roots: paths, reference: reference)) }
    guard
      let read = ParallelMap.map(
        files.count, isCancelled: isCancelled,
        { i in
          Self.read(files[i], limit: limit, packed: packed)
        })
    else { return cancelled(base) }

    // Ids from file names, in order, among the files that could be read.
    var used = Set<String>()
    var plan: [(id: String, read: FileRead)] = []
    for r in read {
      if case .failed(let d) = r {
        diagnostics.append(d)
        continue
      }
      var id = Self.id(ofFile: r.stamp.path)
      if used.contains(id) {
        var n = 2
        while used.contains("\(id)-\(n)") { n += 1 }
        id = "\(id)-\(n)"
      }
      used.insert(id)
      plan.append((id, r))
    }
    let planned = plan

    // Every file as cached, in the cached order: the cached corpus as it stands, decoded lazily.
    if let packed, planned.count == packed.ids.count,
      planned.indices.allSatisfy({ k in planned[k].read.unchangedIndex == k && packed.ids[k] == planned[k].id })
    {
      var uncached = self
      uncached.cache = nil
      uncached.progress = nil
      let plain = uncached
      let fresh = FreshCorpus { plain.load(paths: paths, into: base).0 }
      let replaced = base == nil ? [] : Set(planned.map(\.id))
      if let corpus = CorpusAssembler.assemble(
        cached: packed.file, replacing: replaced, reference: reference, base: base, fallback: fresh)
      {
        return (corpus, diagnostics)
      }
    }

    // Otherwise: reuse what the cache holds for unchanged files, extract the rest.
    let reusable = planned.contains { $0.read.cachedIndex != nil } ? packed.flatMap { CorpusCache.facts($0.file) } : nil
    guard
      var facts = ParallelMap.map(
        planned.count, progress: progress, isCancelled: isCancelled,
        { k -> DocumentFacts? in
          let (id, r) = planned[k]
          if let c = r.cachedIndex, let reusable, c < reusable.count, reusable[c].document.id == id {
            var f = reusable[c]
            f.file = r.stamp
            return f
          }
          guard let text = r.text ?? Self.reread(r.stamp, limit: limit) else { return nil }
          var f = extractor.extract(id: id, path: r.stamp.path, raw: text)
          f.file = r.stamp
          return f
        })
    else { return cancelled(base) }
    // A file that changed between the two reads (rare) is left out, with its warning.
    for k in facts.indices where facts[k] == nil {
      diagnostics.append(DocumentBytes.unreadable(planned[k].read.stamp.path))
    }
    let kept = facts.indices.compactMap { facts[$0] }
    facts = []
    if let cache { cache.store(kept, key: CorpusCache.key(roots: paths, reference: reference)) }
    return (CorpusAssembler.assemble(lazily: kept, reference: reference, base: base), diagnostics)
  }

  /// The file's text when needed: not read when the cache vouches for it by its stamp.
  static func read(_ f: FileStamp, limit: Int, packed: PackedFiles?) -> FileRead {
    let old = packed?.byPath[f.path]
    if let old, f.size <= limit, old.stamp.sameFile(as: f) {
      var stamp = f
      stamp.contentHash = old.stamp.contentHash
      return .cached(old.index, stamp)
    }
    switch DocumentBytes.read(f.path, limit: limit) {
    case .failure(let d): return .failed(d)
    case .success(let (text, hash)):
      var stamp = f
      stamp.contentHash = hash
      if let old, old.stamp.contentHash == hash { return .touched(old.index, stamp, text) }
      return .text(stamp, text)
    }
  }

  /// A cached file read after all (the cache could not be used for it).
  static func reread(_ f: FileStamp, limit: Int) -> String? {
    if case .success(let (text, _)) = DocumentBytes.read(f.path, limit: limit) { return text }
    return nil
  }

  /// The file name without its extension: `seeds/a.b.md` → `a.b`.
  static func id(ofFile path: String) -> String {
    let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else {
      return name
    }
    return String(name[..<dot])
  }

  func cancelled(_ base: Corpus?) -> (Corpus, [Diagnostic]) {
    (
      base ?? Corpus(reference: reference, people: reference.people, organisations: reference.organisations),
      [Diagnostic(.runtime, id: "load.cancelled", "load cancelled; the corpus is as it was")]
    )
  }
}

/// What reading one file gave: its facts can come from the cache (stamp unchanged, or bytes
/// unchanged), or its text was read, or it is skipped with a warning.
enum FileRead: Sendable {
  case cached(Int, FileStamp)
  case touched(Int, FileStamp, String)
  case text(FileStamp, String)
  case failed(Diagnostic)

  var stamp: FileStamp {
    switch self {
    case .cached(_, let s), .touched(_, let s, _), .text(let s, _): return s
    case .failed: return .none
    }
  }

  var cachedIndex: Int? {
    switch self {
    case .cached(let i, _), .touched(let i, _, _): return i
    default: return nil
    }
  }

  /// The cached record of a file whose stamp is as recorded.
  var unchangedIndex: Int? {
    if case .cached(let i, _) = self { return i }
    return nil
  }

  var text: String? {
    switch self {
    case .touched(_, _, let t), .text(_, let t): return t
    default: return nil
    }
  }
}

/// A corpus cache file for a load's roots, with its record of every file: read now (the
/// `files` section), every other table only when used.
struct PackedFiles: Sendable {
  let file: CacheFile
  let ids: [String]
  let byPath: [String: (index: Int, stamp: FileStamp)]

  init?(_ cache: CorpusCache, key: String) {
    guard let file = cache.open(key), let records = file.records(.files, CacheRecords.file) else { return nil }
    self.file = file
    ids = records.map(\.id)
    var byPath: [String: (index: Int, stamp: FileStamp)] = [:]
    for (i, r) in records.enumerated() where byPath[r.stamp.path] == nil { byPath[r.stamp.path] = (i, r.stamp) }
    self.byPath = byPath
  }
}
