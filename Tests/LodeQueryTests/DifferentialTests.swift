import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeQuery

/// The same 1,200 generated rows, as a lode table and as SQL inserts.
struct DifferentialData {
  static let cats = ["a", "b", "c", "d", "e"]
  static let cities = ["kyiv", "lviv", "dnipro", "kharkiv", "odesa", "zaporizhzhia", "mariupol"]

  var table: Table
  var sql: String

  init(rows count: Int = 1_200, seed: UInt64 = 42) {
    var rng = SplitMix64(seed: seed)
    var rows: [[Value]] = []
    var inserts: [String] = []
    for id in 1...count {
      let cat = DifferentialData.cats[Int.random(in: 0..<5, using: &rng)]
      let city = DifferentialData.cities[Int.random(in: 0..<7, using: &rng)]
      let x = Int.random(in: -500...500, using: &rng)
      let cents = Int.random(in: 0...99_999, using: &rng)
      let hasY = Int.random(in: 0..<20, using: &rng) != 0
      let y = Decimal(cents) / 100
      rows.append([.int(id), .string(cat), .string(city), .int(x), hasY ? .number(y) : .null])
      inserts.append("(\(id),'\(cat)','\(city)',\(x),\(hasY ? Value.plain(y) : "NULL"))")
    }
    table = Table(columns: ["id", "cat", "city", "x", "y"], rows: rows)
    sql =
      "CREATE TABLE t(id INTEGER, cat TEXT, city TEXT, x INTEGER, y REAL);\n"
      + stride(from: 0, to: inserts.count, by: 200).map { start in
        "INSERT INTO t VALUES " + inserts[start..<min(start + 200, inserts.count)].joined(separator: ",") + ";"
      }.joined(separator: "\n")
  }
}

/// (lode pipeline over `t`, equivalent SQL)
let differentialQueries: [(String, String)] = [
  ("t | where x > 100 | sort id | select id, x", "SELECT id, x FROM t WHERE x > 100 ORDER BY id"),
  (
    "t | where cat = \"b\" and y < 100 | sort y desc, id | select id, y",
    "SELECT id, y FROM t WHERE cat = 'b' AND y < 100 ORDER BY y DESC, id"
  ),
  ("t | sort x desc, id | limit 17 | select id, x", "SELECT id, x FROM t ORDER BY x DESC, id LIMIT 17"),
  ("t | sort y, id | limit 40 | select id, y", "SELECT id, y FROM t ORDER BY y, id LIMIT 40"),
  ("t | sort city, x desc, id | select city, x, id", "SELECT city, x, id FROM t ORDER BY city, x DESC, id"),
  ("t | group by cat", "SELECT cat, count(*) FROM t GROUP BY cat ORDER BY cat"),
  ("t | group by cat sum x", "SELECT cat, sum(x) FROM t GROUP BY cat ORDER BY cat"),
  ("t | group by city, cat max y", "SELECT city, cat, max(y) FROM t GROUP BY city, cat ORDER BY city, cat"),
  ("t | group by city min x", "SELECT city, min(x) FROM t GROUP BY city ORDER BY city"),
  (
    "t | where cat in [\"a\", \"c\"] | group by cat avg x",
    "SELECT cat, avg(x) FROM t WHERE cat IN ('a','c') GROUP BY cat ORDER BY cat"
  ),
  ("t | group by cat sum y", "SELECT cat, sum(y) FROM t GROUP BY cat ORDER BY cat"),
  (
    "t | where x >= -20 and x <= 20 or cat = \"a\" | count",
    "SELECT count(*) FROM t WHERE x >= -20 AND x <= 20 OR cat = 'a'"
  ),
  ("t | where city ~ \"ar\" | count", "SELECT count(*) FROM t WHERE city LIKE '%ar%'"),
  (
    "t | where not (x < 0) and y > 500 | sort id | select id",
    "SELECT id FROM t WHERE NOT (x < 0) AND y > 500 ORDER BY id"
  ),
  ("t | where x * 2 + 1 > y | count", "SELECT count(*) FROM t WHERE x * 2 + 1 > y"),
  ("t | select cat, city | distinct | sort cat, city", "SELECT DISTINCT cat, city FROM t ORDER BY cat, city"),
  ("t | where x != 3 and x > 490 | sort id | select id", "SELECT id FROM t WHERE x != 3 AND x > 490 ORDER BY id"),
]

/// Runs SQL through /usr/bin/sqlite3 and returns its CSV output lines, or nil when sqlite3 is absent.
func sqlite(_ script: String) -> [String]? {
  let path = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
  guard let path else { return nil }
  let file = FileManager.default.temporaryDirectory
    .appendingPathComponent("lode-differential-\(ProcessInfo.processInfo.processIdentifier).sql")
  guard (try? script.write(to: file, atomically: true, encoding: .utf8)) != nil,
    let input = try? FileHandle(forReadingFrom: file)
  else { return nil }
  defer { try? FileManager.default.removeItem(at: file) }
  let p = Process()
  p.executableURL = URL(fileURLWithPath: path)
  p.arguments = [":memory:"]
  let output = Pipe()
  p.standardInput = input
  p.standardOutput = output
  do { try p.run() } catch { return nil }
  let data = output.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    .split(separator: "\n").map(String.init)
}

/// Cells equal as text, or as numbers within a relative 1e-9 (sqlite sums in floating point).
func sameCell(_ a: String, _ b: String) -> Bool {
  if a == b { return true }
  guard let x = Double(a), let y = Double(b) else { return false }
  return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
}

@Test func lodeAgreesWithSQLiteRowByRow() throws {
  let data = DifferentialData()
  var script = data.sql + "\n.mode csv\n.headers off\n"
  for (_, sql) in differentialQueries { script += "SELECT '#####';\n" + sql + ";\n" }
  guard let lines = sqlite(script) else {
    print("sqlite3 is not installed: differential test skipped (CI installs it)")
    return
  }
  var answers: [[String]] = []
  for line in lines {
    if line == "#####" { answers.append([]) } else if !answers.isEmpty { answers[answers.count - 1].append(line) }
  }
  try #require(answers.count == differentialQueries.count, "\(lines.prefix(5))")
  // The rows sqlite selects per query (the data is generated from a fixed seed): none is vacuous.
  #expect(answers.map(\.count) == [468, 18, 17, 40, 1200, 5, 5, 35, 7, 2, 5, 1, 1, 274, 1, 35, 16])
  let i = makeInterpreter()
  i.variables["t"] = .table(data.table)
  for (n, (lode, _)) in differentialQueries.enumerated() {
    let line = "$" + lode
    var ours: [String]
    switch run(line + (lode.hasSuffix("count") ? "" : " | to csv"), i) {
    case .success(.string(let csv)): ours = Array(csv.split(separator: "\n").map(String.init).dropFirst())
    case .success(let v): ours = [v.formatted()]
    case .failure(let e): Issue.record("\(lode) failed: \(e.items)"); continue
    }
    let theirs = answers[n]
    #expect(ours.count == theirs.count, "\(lode): \(ours.count) rows vs sqlite \(theirs.count)")
    for (a, b) in zip(ours, theirs) {
      let ca = a.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let cb = b.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let same = ca.count == cb.count && zip(ca, cb).allSatisfy { sameCell($0, $1) }
      #expect(same, "\(lode): lode `\(a)` vs sqlite `\(b)`")
      if !same { break }
    }
  }
}
