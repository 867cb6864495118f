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
  public init(name: String, text: String, diagnostics: inout [Diagnostic]) {
    self.name = name
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    header = lines.first.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) } ?? []
    rows = []
    for (n, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
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
    self[key].split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
  }

  /// The cell, or nil when empty.
  public func optional(_ key: String) -> String? {
    let v = self[key]
    return v.isEmpty ? nil : v
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " { s.removeFirst() }
    while let l = s.last, l == " " { s.removeLast() }
    return String(s)
  }
}
