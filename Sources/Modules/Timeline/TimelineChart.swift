import LodeCore
import LodeModel

/// Events over time as a table of bars: one row per month (or year for long spans),
/// empty periods included so gaps show, and undated events as a last row. A date counts in
/// the period of its first day: a week or quarter at its first day, a season, decade or
/// century at its start.
enum TimelineChart {
  static let schema = Schema([
    Schema.Column("period", .string), Schema.Column("events", .number), Schema.Column("bar", .string),
  ])
  static let maxBar = 40

  static func table(_ events: [Event]) -> Table {
    let dated = events.compactMap { $0.date?.firstDay }.map { ($0.year, $0.month) }
    var counts: [(String, Int)] = []
    if let first = dated.min(by: <), let last = dated.max(by: <) {
      let months = (last.0 - first.0) * 12 + last.1 - first.1
      let byYear = months > 24
      var cursor = (first.0, byYear ? 1 : first.1)
      let end = (last.0, byYear ? 1 : last.1)
      while cursor <= end {
        let label = byYear ? pad(cursor.0, 4) : "\(pad(cursor.0, 4))-\(pad(cursor.1, 2))"
        let n = dated.filter { d in
          d.0 == cursor.0 && (byYear || d.1 == cursor.1)
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
