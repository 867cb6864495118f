import Foundation
import LodeCore

#if canImport(Glibc)
import Glibc
#endif

/// Where `lode extract`'s rows go: JSON lines on standard output (`outputFD`), or one CSV file per
/// table (`TABLE.csv`, header first) in a folder. Rendering a document's rows (`render`) is
/// pure and runs on the workers; writing (`write`) runs on one thread, in input order.
final class FactSink {
  /// One document's rows, rendered: one text per table (JSON lines: all in the first).
  struct Chunk: Sendable {
    var texts: [[UInt8]]
    var counts: [Int]
  }

  struct Renderer: Sendable {
    let tables: [FactTable]
    let csv: Bool
    let keys: [(start: [UInt8], keys: [[UInt8]])]

    func render(_ rows: [[[Value]]]) -> Chunk {
      var counts: [Int] = []
      if csv {
        var texts: [[UInt8]] = []
        for (t, table) in tables.enumerated() {
          var out: [UInt8] = []
          for row in rows[t] { FactFormat.csvLine(table, row, into: &out) }
          texts.append(out)
          counts.append(rows[t].count)
        }
        return Chunk(texts: texts, counts: counts)
      }
      var out: [UInt8] = []
      for t in tables.indices {
        for row in rows[t] { FactFormat.jsonLine(keys[t], row, into: &out) }
        counts.append(rows[t].count)
      }
      return Chunk(texts: [out], counts: counts)
    }
  }

  let renderer: Renderer
  let outputFD: Int32
  private var files: [Int32] = []

  init(tables: [FactTable], csvFolder: String?, outputFD: Int32) throws(Diagnostic) {
    renderer = Renderer(tables: tables, csv: csvFolder != nil, keys: tables.map(FactFormat.keys))
    self.outputFD = outputFD
    guard let folder = csvFolder else { return }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw Diagnostic(.io, id: "extract.csv.folder", "cannot create the folder \(folder)", source: folder)
    }
    for table in tables {
      let path = (folder.hasSuffix("/") ? folder : folder + "/") + table.rawValue + ".csv"
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
      guard fd >= 0, Self.write(fd, FactFormat.csvHeader(table)) else {
        for f in files { Glibc.close(f) }
        throw Diagnostic(.io, id: "extract.csv.file", "cannot write \(path)", source: path)
      }
      files.append(fd)
    }
  }

  deinit { for f in files { Glibc.close(f) } }

  func render(_ rows: [[[Value]]]) -> Chunk { renderer.render(rows) }

  /// Writes one document's rendered rows; false when a write failed.
  func write(_ chunk: Chunk) -> Bool {
    guard !files.isEmpty else { return Self.write(outputFD, chunk.texts[0]) }
    for (fd, text) in zip(files, chunk.texts) where !text.isEmpty {
      guard Self.write(fd, text) else { return false }
    }
    return true
  }

  /// Closes the CSV files; false when one could not be closed (its data may be lost).
  func close() -> Bool {
    var ok = true
    for f in files where Glibc.close(f) != 0 { ok = false }
    files = []
    return ok
  }

  static func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var done = 0
      while done < b.count {
        guard let base = b.baseAddress else { return true }
        let n = Glibc.write(fd, base + done, b.count - done)
        if n < 0, errno == EINTR { continue }
        if n <= 0 { return false }
        done += n
      }
      return true
    }
  }
}
