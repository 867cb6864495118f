import Foundation

/// A hand-made text layout of Ukraine's 27 units: one cell per region at its
/// approximate place (north at the top), labelled with a three-letter short code.
///
/// Highlighted cells are drawn as `[DNI]` instead of ` DNI `, so the map reads the same
/// without colour; a legend names the highlighted regions.
enum UkraineMap {
  struct Cell: Sendable {
    var code: String
    var label: String
    var row: Int
    var column: Int
  }

  static let rows = 5
  static let columns = 9

  static let cells: [Cell] = [
    Cell(code: "UA-07", label: "VOL", row: 0, column: 1),
    Cell(code: "UA-56", label: "RIV", row: 0, column: 2),
    Cell(code: "UA-18", label: "ZHY", row: 0, column: 3),
    Cell(code: "UA-32", label: "KYO", row: 0, column: 4),
    Cell(code: "UA-74", label: "CHN", row: 0, column: 5),
    Cell(code: "UA-59", label: "SUM", row: 0, column: 6),
    Cell(code: "UA-46", label: "LVI", row: 1, column: 0),
    Cell(code: "UA-61", label: "TER", row: 1, column: 1),
    Cell(code: "UA-68", label: "KHM", row: 1, column: 2),
    Cell(code: "UA-05", label: "VIN", row: 1, column: 3),
    Cell(code: "UA-30", label: "KYC", row: 1, column: 4),
    Cell(code: "UA-71", label: "CHK", row: 1, column: 5),
    Cell(code: "UA-53", label: "POL", row: 1, column: 6),
    Cell(code: "UA-63", label: "KHA", row: 1, column: 7),
    Cell(code: "UA-09", label: "LUH", row: 1, column: 8),
    Cell(code: "UA-21", label: "ZAK", row: 2, column: 0),
    Cell(code: "UA-26", label: "IFR", row: 2, column: 1),
    Cell(code: "UA-77", label: "CHV", row: 2, column: 2),
    Cell(code: "UA-35", label: "KIR", row: 2, column: 5),
    Cell(code: "UA-12", label: "DNI", row: 2, column: 6),
    Cell(code: "UA-14", label: "DON", row: 2, column: 7),
    Cell(code: "UA-51", label: "ODE", row: 3, column: 4),
    Cell(code: "UA-48", label: "MYK", row: 3, column: 5),
    Cell(code: "UA-65", label: "KHE", row: 3, column: 6),
    Cell(code: "UA-23", label: "ZAP", row: 3, column: 7),
    Cell(code: "UA-40", label: "SEV", row: 4, column: 5),
    Cell(code: "UA-43", label: "CRI", row: 4, column: 6),
  ]

  /// The map lines: a frame with a north marker, the grid, then a legend.
  static func draw(highlight: Set<String>, names: [String: String]) -> [String] {
    var grid = Array(repeating: Array(repeating: "     ", count: columns), count: rows)
    for c in cells {
      grid[c.row][c.column] = highlight.contains(c.code) ? "[\(c.label)]" : " \(c.label) "
    }
    let width = columns * 5
    var lines = ["N ↑" + String(repeating: " ", count: width - 3)]
    lines.append("+" + String(repeating: "-", count: width) + "+")
    for row in grid { lines.append("|" + row.joined() + "|") }
    lines.append("+" + String(repeating: "-", count: width) + "+")
    let marked = cells.filter { highlight.contains($0.code) }.sorted { $0.code < $1.code }
    if highlight.isEmpty {
      let all = cells.sorted { $0.code < $1.code }.map(entry)
      let width = all.map(\.count).max() ?? 0
      let half = (all.count + 1) / 2
      for i in 0..<half {
        let left = all[i].padding(toLength: width + 2, withPad: " ", startingAt: 0)
        lines.append(left + (i + half < all.count ? all[i + half] : ""))
      }
    } else {
      lines.append("[ABC] highlighted (\(marked.count) of \(cells.count)):")
      for c in marked { lines.append("  " + entry(c)) }
    }
    return lines.map { $0.trailingSpacesTrimmed }

    func entry(_ c: Cell) -> String {
      "\(c.label) \(c.code)" + (names[c.code].map { " " + shortName($0) } ?? "")
    }
  }

  /// A name without its parenthesis: "Kyiv (city with special status)" → "Kyiv".
  static func shortName(_ name: String) -> String {
    guard let open = name.firstIndex(of: "(") else { return name }
    return String(name[..<open]).trailingSpacesTrimmed
  }

  /// The legend of every short code, for `help map` and the docs.
  static var legend: String {
    // A loop, not `joined`: this runs at every start (the `map` command's help), and the
    // unspecialized `joined` costs a scan of every protocol conformance on first use.
    var text = ""
    for cell in cells.sorted(by: { $0.label < $1.label }) {
      text += (text.isEmpty ? "" : ", ") + cell.label + " " + cell.code
    }
    return text
  }
}

extension String {
  var trailingSpacesTrimmed: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
