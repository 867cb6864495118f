import LodeCore

/// A tab-separated table with a header row, as the reference files under `seeds/reference/` are.
///
/// Parsing never traps: rows with the wrong number of cells are reported as diagnostics
/// and skipped, so one bad line in a data file cannot stop the shell from starting.
public struct TSVTable: Sendable {
  public var name: String
  public var header: [String]
  public var rows: [[String]]

  /// Splits `text` into a header and rows; `diagnostics` collects malformed lines.
  /// Works on UTF-8 bytes (tab and line feed are never part of a multi-byte character),
  /// so the reference data parses in microseconds at start-up.
  public init(name: String, text: String, diagnostics: inout [Diagnostic]) {
    self.name = name
    var lines = TSVTable.split(text)
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    header = lines.first.map { $0.isEmpty ? [""] : $0 } ?? []
    rows = []
    rows.reserveCapacity(lines.count)
    for (n, cells) in lines.enumerated().dropFirst() where !cells.isEmpty {
      if cells.count != header.count {
        diagnostics.append(
          Diagnostic(
            .warning, id: "reference.tsv.badRow",
            "\(name) line \(n + 1): expected \(header.count) tab-separated cells, found \(cells.count); row skipped",
            source: name))
        continue
      }
      rows.append(cells)
    }
    if header.isEmpty {
      diagnostics.append(Diagnostic(.warning, id: "reference.tsv.empty", "\(name) is empty", source: name))
    }
  }

  /// Lines (a trailing `\r` dropped) split into tab-separated cells; an empty line is `[]`.
  static func split(_ text: String) -> [[String]] {
    var text = text
    return text.withUTF8 { bytes -> [[String]] in
      var lines: [[String]] = []
      var cells: [String] = []
      var start = 0
      var i = 0
      let n = bytes.count
      func cell(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
      }
      while i <= n {
        let b: UInt8 = i < n ? bytes[i] : 10
        if b == 9 {
          cells.append(cell(start, i))
          start = i + 1
        } else if b == 10 {
          var end = i
          if end > start, bytes[end - 1] == 13 { end -= 1 }
          if cells.isEmpty && end == start {
            lines.append([])
          } else {
            cells.append(cell(start, end))
            lines.append(cells)
          }
          cells = []
          start = i + 1
        }
        i += 1
      }
      return lines
    }
  }

  /// Column index by header name.
  public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// Rows as dictionaries keyed by header name; a missing column reads as "".
  public var records: [TSVRecord] { rows.map { TSVRecord(header: header, cells: $0) } }
}

/// One row of a `TSVTable`, read by column name.
public struct TSVRecord: Sendable {
  public var header: [String]
  public var cells: [String]

  public subscript(_ key: String) -> String {
    guard let i = header.firstIndex(of: key), i < cells.count else { return "" }
    return cells[i].trimmingSpaces
  }

  /// A `|`-separated list cell, empty entries dropped.
  public func list(_ key: String) -> [String] {
    let cell = self[key]
    if cell.isEmpty { return [] }
    // `|` is ASCII: splitting the UTF-8 view cuts at the same places as splitting characters.
    return cell.utf8.split(separator: UInt8(ascii: "|"))
      .map { String(Substring($0)).trimmingSpaces }.filter { !$0.isEmpty }
  }

  /// The cell, or nil when empty.
  public func optional(_ key: String) -> String? {
    let v = self[key]
    return v.isEmpty ? nil : v
  }
}

extension String {
  var trimmingSpaces: String {
    guard utf8.first == 32 || utf8.last == 32 else { return self }
    var s = Substring(self)
    while let f = s.first, f == " " { s.removeFirst() }
    while let l = s.last, l == " " { s.removeLast() }
    return String(s)
  }
}
