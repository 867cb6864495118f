import Foundation
import LodeCore
import LodeExtract

/// `lode extract`: documents in, one row per fact out, streamed. Inputs are article JSON
/// lines (a `.jsonl` file, or `-` for standard input) and document files and folders (as a
/// load reads them). Work goes in batches (up to `batchBytes` of input or `batchItems`
/// items): a batch is read, extracted and written on all cores, then written out in input
/// order, so memory stays bounded by a batch whatever the input's size, and the output is
/// the same on any number of cores. A line that is not an article, or a file that cannot be
/// read, is a warning (`warn`, in input order) and the rest goes on.
public final class ExtractStream {
  public struct Options: Sendable {
    public var tables: [FactTable] = FactTable.defaults
    /// Write one CSV file per table into this folder instead of JSON lines on standard output.
    public var csvFolder: String?
    /// `lode VERSION`, written in every row's `extractor` column.
    public var version: String
    public var batchBytes = 4 << 20
    public var batchItems = 512
    /// The largest article line or document file read (100 MiB, `load.max_file_mb`'s
    /// default): a larger one is skipped with a warning, so one line cannot exhaust memory.
    public var maxDocumentBytes = 100 << 20
    public init(version: String) { self.version = version }
  }

  /// One unit of input, before its facts are extracted (which happens on the workers).
  enum Item: Sendable {
    case line(Data, number: Int, source: String, seq: Int)
    case file(path: String, id: String, seq: Int)
    case failed(Diagnostic)

    var size: Int {
      switch self {
      case .line(let d, _, _, _): return d.count
      case .file(let path, _, _): return FileStamp.of(path).map { $0.0.size } ?? 0
      case .failed: return 0
      }
    }
  }

  let options: Options
  let loader: CorpusLoader
  let rows: DocumentRows
  let sink: FactSink
  let warn: (Diagnostic) -> Void
  private var pending: [Item] = []
  private var pendingBytes = 0
  private var seq = 0
  private var usedIDs = Set<String>()
  /// Rows written per table, for the summary.
  public private(set) var counts: [FactTable: Int] = [:]
  public private(set) var documents = 0

  /// JSON lines go to `outputFD` (standard output).
  public init(
    options: Options, loader: CorpusLoader = CorpusLoader(), outputFD: Int32 = 1, warn: @escaping (Diagnostic) -> Void
  ) throws(Diagnostic) {
    self.options = options
    var loader = loader
    loader.maxFileBytes = min(loader.maxFileBytes, options.maxDocumentBytes)
    self.loader = loader
    self.warn = warn
    rows = DocumentRows(
      tables: options.tables, reference: loader.reference, extractor: .string("lode " + options.version))
    sink = try FactSink(tables: options.tables, csvFolder: options.csvFolder, outputFD: outputFD)
  }

  /// Extracts every input in order; false when the output could not be written.
  public func run(_ inputs: [String], stdin: Int32 = 0) -> Bool {
    for input in inputs {
      if input == "-" {
        guard lines(JSONLinesReader(fd: stdin, source: "stdin", maxLine: options.maxDocumentBytes)) else {
          return false
        }
      } else if JSONLinesReader.isLinesFile(input) {
        switch JSONLinesReader.open(input, maxLine: options.maxDocumentBytes) {
        case .failure(let d): guard add(.failed(d)) else { return false }
        case .success(let reader): guard lines(reader) else { return false }
        }
      } else {
        let (files, diagnostics) = CorpusLoader.documentFiles([input])
        for d in diagnostics { guard add(.failed(d)) else { return false } }
        for path in files {
          seq += 1
          guard add(.file(path: path, id: uniqueID(CorpusLoader.documentID(ofFile: path)), seq: seq)) else {
            return false
          }
        }
      }
    }
    return flush() && sink.close()
  }

  /// A file's id as a load gives it: the name, or `name-2`, `name-3` after the first.
  private func uniqueID(_ id: String) -> String {
    var unique = id
    var n = 2
    while usedIDs.contains(unique) {
      unique = "\(id)-\(n)"
      n += 1
    }
    usedIDs.insert(unique)
    return unique
  }

  private func lines(_ reader: JSONLinesReader) -> Bool {
    let base = seq
    while let item = reader.next() {
      switch item {
      case .line(let number, let data):
        seq = base + number
        guard add(.line(data, number: number, source: reader.source, seq: seq)) else { return false }
      case .tooLong(let number, let bytes):
        seq = base + number
        let d = JSONLinesReader.tooLong(reader.source, number: number, bytes: bytes, limit: reader.maxLine)
        guard add(.failed(d)) else { return false }
      }
    }
    return true
  }

  private func add(_ item: Item) -> Bool {
    pending.append(item)
    pendingBytes += item.size
    if pending.count >= options.batchItems || pendingBytes >= options.batchBytes { return flush() }
    return true
  }

  /// Extracts the pending batch on all cores and writes it in input order.
  private func flush() -> Bool {
    let batch = pending
    pending = []
    pendingBytes = 0
    guard !batch.isEmpty else { return true }
    let (loader, rows, renderer) = (loader, rows, sink.renderer)
    let done = ParallelMap.map(batch.count) { i -> Result<FactSink.Chunk, Diagnostic> in
      switch batch[i] {
      case .failed(let d): return .failure(d)
      case .line(let data, let number, let source, let seq):
        return Article.parse(data, number: number, source: source).map { article in
          let facts = loader.facts(of: article, path: source)
          return renderer.render(rows.rows(facts, .init(seq: article.seq ?? seq, normalised: false)))
        }
      case .file(let path, let id, let seq):
        return loader.facts(ofFile: path, id: id).map { read in
          renderer.render(rows.rows(read.facts, .init(seq: seq, normalised: read.folded)))
        }
      }
    }
    for result in done {
      switch result {
      case .failure(let d): warn(d)
      case .success(let chunk):
        documents += 1
        for (t, n) in zip(options.tables, chunk.counts) { counts[t, default: 0] += n }
        guard sink.write(chunk) else { return false }
      }
    }
    return true
  }
}
