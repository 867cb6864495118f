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
      var read = ParallelMap.map(
        files.count, isCancelled: isCancelled,
        { i in
          Self.read(files[i], limit: limit, packed: packed)
        })
    else { return cancelled(base) }

    // Ids from file names, in order, among the files that could be read. The texts are
    // kept apart, so each is let go as soon as its document is extracted.
    var used = Set<String>()
    var plan: [PlannedFile] = []
    var texts: [String?] = []
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
      plan.append(PlannedFile(id: id, stamp: r.stamp, cachedIndex: r.cachedIndex, unchangedIndex: r.unchangedIndex))
      texts.append(r.text)
    }
    read = []
    let planned = plan

    // Every file as cached, in the cached order: the cached corpus as it stands, decoded lazily.
    if let packed, planned.count == packed.ids.count,
      planned.indices.allSatisfy({ k in planned[k].unchangedIndex == k && packed.ids[k] == planned[k].id })
    {
      let fresh = uncachedFallback(paths: paths, into: base)
      let replaced = base == nil ? [] : Set(planned.map(\.id))
      if let corpus = CorpusAssembler.assemble(
        cached: packed.file, replacing: replaced, reference: reference, base: base, fallback: fresh)
      {
        return (corpus, diagnostics)
      }
    }

    // Otherwise: reuse what the cache holds for unchanged files, extract the rest, a batch
    // at a time into the cache file when there is one (`CacheStream`), which then serves the
    // corpus: the rows of every document are never all held at once.
    let reusable = planned.contains { $0.cachedIndex != nil } ? packed.flatMap { CorpusCache.facts($0.file) } : nil
    let key = CorpusCache.key(roots: paths, reference: reference)
    let stream = cache.flatMap { $0.ensureFolder() ? CacheStream($0, key: key, spilling: true) : nil }
    var kept: [DocumentFacts] = []
    var start = 0
    while start < planned.count {
      let first = start
      let end = stream == nil ? planned.count : min(planned.count, first + CacheStream.batch)
      let batch = Array(texts[first..<end])
      for k in first..<end { texts[k] = nil }
      let total = planned.count
      let report = progress.map { p in { @Sendable (done: Int, _: Int) in p(first + done, total) } }
      guard
        let facts = ParallelMap.map(
          end - first, progress: report, isCancelled: isCancelled,
          { j -> DocumentFacts? in
            let planned = planned[first + j]
            if let c = planned.cachedIndex, let reusable, c < reusable.count, reusable[c].document.id == planned.id {
              var f = reusable[c]
              f.file = planned.stamp
              return f
            }
            guard let text = batch[j] ?? Self.reread(planned.stamp, limit: limit) else { return nil }
            var f = extractor.extract(id: planned.id, path: planned.stamp.path, raw: text)
            f.file = planned.stamp
            return f
          })
      else { return cancelled(base) }
      // A file that changed between the two reads (rare) is left out, with its warning.
      for j in facts.indices where facts[j] == nil {
        diagnostics.append(DocumentBytes.unreadable(planned[first + j].stamp.path))
      }
      if let stream { stream.append(facts.compactMap { $0 }) } else { kept += facts.compactMap { $0 } }
      start = end
    }
    if let stream {
      let file = stream.finish()
      // What extracting freed is spread over every thread's malloc arena; give it back
      // before the corpus decodes its first table, or the two add up in the peak.
      MemoryTrim.now()
      let fresh = uncachedFallback(paths: paths, into: base)
      let replaced = base == nil ? [] : Set(planned.map(\.id))
      if let file,
        let corpus = CorpusAssembler.assemble(
          cached: file, replacing: replaced, reference: reference, base: base, fallback: fresh)
      {
        return (corpus, diagnostics)
      }
      // The file could not be written after all (a full disk): extract again, uncached.
      return (fresh.corpus, diagnostics)
    }
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

  /// The same load without any cache, run only if a cache file that should serve the corpus
  /// turns out unreadable or damaged.
  private func uncachedFallback(paths: [String], into base: Corpus?) -> FreshCorpus {
    var uncached = self
    uncached.cache = nil
    uncached.progress = nil
    let plain = uncached
    return FreshCorpus { plain.load(paths: paths, into: base).0 }
  }

  func cancelled(_ base: Corpus?) -> (Corpus, [Diagnostic]) {
    (
      base ?? Corpus(reference: reference, people: reference.people, organisations: reference.organisations),
      [Diagnostic(.runtime, id: "load.cancelled", "load cancelled; the corpus is as it was")]
    )
  }
}

/// A file to load: its document id, its stamp, and which record of the cache file has its
/// facts when it is unchanged.
struct PlannedFile: Sendable {
  let id: String
  let stamp: FileStamp
  /// The cached record whose facts hold for this file (stamp or bytes unchanged).
  let cachedIndex: Int?
  /// The cached record, when the file's stamp is exactly as recorded.
  let unchangedIndex: Int?
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
