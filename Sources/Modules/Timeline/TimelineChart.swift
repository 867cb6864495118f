import LodeCore
import LodeModel

/// Events over time as a table of bars: one row per month (or year for long spans),
/// empty periods included so gaps show, and undated events as a last row.
enum TimelineChart {
  static let schema = Schema([
    Schema.Column("period", .string), Schema.Column("events", .number), Schema.Column("bar", .string),
  ])
  static let maxBar = 40

  static func table(_ events: [Event]) -> Table {
    let dated = events.compactMap(\.date)
    var counts: [(String, Int)] = []
    if let first = dated.min(), let last = dated.max() {
      let months = (last.year - first.year) * 12 + (last.month ?? 1) - (first.month ?? 1)
      let byYear = months > 24
      var cursor = (first.year, byYear ? 1 : (first.month ?? 1))
      let end = (last.year, byYear ? 1 : (last.month ?? 1))
      while cursor <= end {
        let label = byYear ? pad(cursor.0, 4) : "\(pad(cursor.0, 4))-\(pad(cursor.1, 2))"
        let n = dated.filter { d in
          d.year == cursor.0 && (byYear || (d.month ?? 1) == cursor.1)
        }.count
        counts.append((label, n))
        cursor = byYear ? (cursor.0 + 1, 1) : (cursor.1 == 12 ? (cursor.0 + 1, 1) : (cursor.0, cursor.1 + 1))
      }
    }
    let undated = events.count - dated.count
    if undated > 0 { counts.append(("undated", undated)) }
    let top = counts.map(\.1).max() ?? 0
    let rows: [[Value]] = counts.map { label, n in
      let width = top <= maxBar ? n : (n * maxBar + top - 1) / top
      return [.string(label), .int(n), .string(String(repeating: "█", count: width))]
    }
    return Table(schema: schema, rows: rows)
  }

  private static func pad(_ n: Int, _ w: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, w - s.count)) + s
  }
}
