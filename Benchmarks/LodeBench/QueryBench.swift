import Foundation
import LodeCore
import LodeQuery

/// Times where/sort/group/count over 1,000,000 generated rows in lode and, on the same
/// data, in `sqlite3 :memory:` (CSV import), and prints both medians of `runs` side by side.
/// With `only`, runs just the queries whose name contains it, lode alone (for profilers).
func runQueryBenchmark(runs: Int = 5, only: String? = nil) {
  let count = 1_000_000
  let cats = ["a", "b", "c", "d", "e"]
  let cities = ["kyiv", "lviv", "dnipro", "kharkiv", "odesa", "zaporizhzhia", "mariupol"]
  var state: UInt64 = 42
  func next() -> UInt64 {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return state >> 33
  }
  var rows: [[Value]] = []
  rows.reserveCapacity(count)
  var csv = "id,cat,city,x,y\n"
  for id in 1...count {
    let cat = cats[Int(next() % 5)]
    let city = cities[Int(next() % 7)]
    let x = Int(next() % 1001) - 500
    let cents = Int(next() % 100_000)
    let y = Decimal(sign: .plus, exponent: -2, significand: Decimal(cents))
    rows.append([.int(id), .string(cat), .string(city), .int(x), .number(y)])
    csv += "\(id),\(cat),\(city),\(x),\(Value.plain(y))\n"
  }
  let table = Table(columns: ["id", "cat", "city", "x", "y"], rows: rows)
  var registry = CommandRegistry()
  try? registry.register(QueryBuiltins.commands)
  let interpreter = Interpreter(registry: registry, context: Context())
  interpreter.variables["t"] = .table(table)

  let queries: [(name: String, lode: String, sql: String)] = [
    ("count", "$t | count", "SELECT count(*) FROM t;"),
    ("where number", "$t | where x > 100 | count", "SELECT count(*) FROM t WHERE x > 100;"),
    ("where and", "$t | where x > 100 and y < 500 | count", "SELECT count(*) FROM t WHERE x > 100 AND y < 500;"),
    ("where ~ text", "$t | where city ~ \"ar\" | count", "SELECT count(*) FROM t WHERE city LIKE '%ar%';"),
    (
      "sort 2 keys", "$t | sort cat, y desc | limit 5 | count",
      "SELECT count(*) FROM (SELECT * FROM t ORDER BY cat, y DESC LIMIT 5);"
    ),
    (
      "sort full", "$t | sort y | last | count",
      "SELECT count(*) FROM (SELECT id FROM t ORDER BY y, id);"
    ),
    ("group count", "$t | group by city | count", "SELECT count(*) FROM (SELECT city, count(*) FROM t GROUP BY city);"),
    ("group sum", "$t | group by cat sum x | count", "SELECT count(*) FROM (SELECT cat, sum(x) FROM t GROUP BY cat);"),
  ]

  let selected = queries.filter { q in only.map { q.name.contains($0) } ?? true }
  let runs = max(1, runs)
  var lodeTimes: [(wall: Double, cpu: Double)] = []
  let clock = ContinuousClock()
  for q in selected {
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<runs {
      let start = clock.now
      let cpu = threadCPUSeconds()
      let result = interpreter.execute(q.lode)
      cpus.append(threadCPUSeconds() - cpu)
      let elapsed = clock.now - start
      if case .failure(let ds) = result { print("lode failed on \(q.lode): \(ds)") }
      walls.append(Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
    }
    lodeTimes.append((median(walls), median(cpus)))
  }

  let sqliteRuns = only == nil ? sqliteTimings(csv: csv, queries: selected.map(\.sql), runs: runs) : []
  print("medians of \(runs) runs; cpu = user+sys seconds of the query (robust when the machine is busy)")
  print("query".padding(toLength: 16, withPad: " ", startingAt: 0) + "  lode real   lode cpu  sqlite real  sqlite cpu")
  for (i, q) in selected.enumerated() {
    let s =
      i < sqliteRuns.count
      ? String(format: "%11.3f %11.3f", sqliteRuns[i].wall, sqliteRuns[i].cpu) : "        n/a         n/a"
    print(
      q.name.padding(toLength: 16, withPad: " ", startingAt: 0)
        + String(format: "%11.3f %10.3f", lodeTimes[i].wall, lodeTimes[i].cpu) + "  " + s)
  }
}

private func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  return s.isEmpty ? 0 : s[s.count / 2]
}

/// Imports the CSV into `sqlite3 :memory:`, runs every query `runs` times and returns each
/// query's median `.timer` real and user+sys times.
private func sqliteTimings(csv: String, queries: [String], runs: Int) -> [(wall: Double, cpu: Double)] {
  let dir = FileManager.default.temporaryDirectory
  let data = dir.appendingPathComponent("lode-bench-\(ProcessInfo.processInfo.processIdentifier).csv")
  let script = dir.appendingPathComponent("lode-bench-\(ProcessInfo.processInfo.processIdentifier).sql")
  defer {
    try? FileManager.default.removeItem(at: data)
    try? FileManager.default.removeItem(at: script)
  }
  let sql = """
    CREATE TABLE t(id INTEGER, cat TEXT, city TEXT, x INTEGER, y REAL);
    .mode csv
    .import --skip 1 \(data.path) t
    .timer on
    \(queries.flatMap { Array(repeating: $0, count: runs) }.joined(separator: "\n"))

    """
  guard (try? csv.write(to: data, atomically: true, encoding: .utf8)) != nil,
    (try? sql.write(to: script, atomically: true, encoding: .utf8)) != nil,
    let input = try? FileHandle(forReadingFrom: script),
    FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")
  else {
    print("sqlite3 not available; lode figures only")
    return []
  }
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
  p.arguments = [":memory:"]
  let out = Pipe()
  p.standardInput = input
  p.standardOutput = out
  guard (try? p.run()) != nil else { return [] }
  let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  p.waitUntilExit()
  let all = text.components(separatedBy: .newlines).compactMap { line -> (wall: Double, cpu: Double)? in
    // Run Time: real 0.072 user 0.068000 sys 0.004000
    let parts = line.split(separator: " ")
    guard line.hasPrefix("Run Time: real "), parts.count >= 8,
      let real = Double(parts[3]), let user = Double(parts[5]), let sys = Double(parts[7])
    else { return nil }
    return (real, user + sys)
  }
  guard all.count == queries.count * runs else { return [] }
  return stride(from: 0, to: all.count, by: runs).map { start in
    let slice = all[start..<start + runs]
    return (median(slice.map(\.wall)), median(slice.map(\.cpu)))
  }
}
