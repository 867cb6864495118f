import Foundation
import LodeSession
import LodeShell

/// `lode-bench corpus DIR [articles]`: writes the generated corpus (the bundled seeds, then
/// articles of 28 of the benchmarks' paragraphs; 10,000 by default: 52 MB) as one file per article,
/// so anyone can run `lode --seeds DIR` and the naive scan on exactly these files.
func writeCorpusFiles(to folder: String, articles: Int) {
  let docs = Array(ExtractionCorpus.generate(bytes: articles * 6_000, paragraphs: 28).prefix(articles))
  do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var bytes = 0
    for d in docs {
      let name = d.path.hasSuffix(".txt") || d.path.hasSuffix(".md") ? d.path : d.path + ".txt"
      try Data(d.raw.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
      bytes += d.raw.utf8.count
    }
    print(String(format: "corpus: %d articles, %.1f MB in %@", docs.count, Double(bytes) / 1e6, folder))
  } catch {
    print("corpus: cannot write \(folder): \(error)")
    exit(1)
  }
}

/// `lode-bench e2e DIR [rounds]`: what a user waits for, through the real `lode` binary
/// beside this one. Each round runs, one after the other, the naive scan
/// (`Benchmarks/naive_scan.py DIR`, or `$NAIVE_SCAN`), `lode --seeds DIR -c 'quotes | count'`
/// with an empty cache folder (cold), and the same again with the cache it filled (warm);
/// medians over the rounds, wall clock and CPU time (user + system) of each process.
func runEndToEndBenchmark(folder: String, rounds: Int) {
  let bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lode")
    .path
  let scan = ProcessInfo.processInfo.environment["NAIVE_SCAN"] ?? "Benchmarks/naive_scan.py"
  guard FileManager.default.isExecutableFile(atPath: bin), FileManager.default.fileExists(atPath: scan) else {
    print("e2e: needs \(bin) (swift build -c release --product lode) and \(scan) (run from the checkout)")
    exit(1)
  }
  let home = FileManager.default.temporaryDirectory.appendingPathComponent("lode-bench-e2e-\(getpid())").path
  defer { try? FileManager.default.removeItem(atPath: home) }
  var naive: [Double] = [], cold: [Double] = [], warm: [Double] = []
  var cpu: (naive: [Double], cold: [Double], warm: [Double]) = ([], [], [])
  var outputs: Set<String> = []
  for r in 0..<max(1, rounds) {
    let cache = home + "/cache-\(r)"
    let s = timed("/usr/bin/env", ["python3", scan, folder], cache: nil)
    let c = timed(bin, ["--seeds", folder, "-c", "quotes | count"], cache: cache)
    let w = timed(bin, ["--seeds", folder, "-c", "quotes | count"], cache: cache)
    naive.append(s.seconds)
    cold.append(c.seconds)
    warm.append(w.seconds)
    cpu.naive.append(s.cpu)
    cpu.cold.append(c.cpu)
    cpu.warm.append(w.cpu)
    outputs.formUnion([c.output, w.output])
    print(
      String(
        format: "  round %d: naive %.2f s (CPU %.2f), cold %.2f s (CPU %.2f), warm %.3f s (CPU %.3f)", r + 1, s.seconds,
        s.cpu, c.seconds, c.cpu, w.seconds, w.cpu))
  }
  let n = medianOf(naive), c = medianOf(cold), w = medianOf(warm)
  print(
    String(
      format:
        "e2e: naive scan %.2f s, lode cold %.2f s (%.2fx the scan), lode warm %.3f s; medians of %d rounds; same output: %@",
      n, c, c / n, w, naive.count,
      outputs.count == 1
        ? "yes (\(outputs.first!.trimmingCharacters(in: .whitespacesAndNewlines)) quotes)" : "NO \(outputs)"))
  print(
    String(
      format: "  CPU time (user + system), medians: naive %.2f s, cold %.2f s, warm %.3f s", medianOf(cpu.naive),
      medianOf(cpu.cold), medianOf(cpu.warm)))
  print(
    String(
      format: "  load average at the end: %@",
      (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(
        separator: " ") ?? "?"))
}

/// `lode-bench tables DIR`: each table command, `| count`, three times in one shell (this
/// process, the code `lode` runs) loaded from a per-file cache filled first; the first run
/// of a command includes decoding the tables it reads from the cache.
func runTableCommands(folder: String) {
  let cache = FileManager.default.temporaryDirectory.appendingPathComponent("lode-bench-tables-\(getpid())").path
  defer { try? FileManager.default.removeItem(atPath: cache) }
  var options = ShellOptions(seeds: folder, pluginPaths: nil)
  options.cacheFolder = cache
  _ = Shell(options: options)  // fills the cache
  var t0 = DispatchTime.now().uptimeNanoseconds
  let shell = Shell(options: options)
  print(String(format: "session: loaded in %.3f s", Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9))
  let commands = [
    "documents", "sentences", "quotes", "speakers", "amounts", "dates", "events", "timeline", "people", "orgs",
    "minerals", "regions", "deposits", "region dnipropetrovsk", "said zelensky",
  ]
  for command in commands {
    var times: [Double] = []
    var out = ""
    for _ in 0..<3 {
      t0 = DispatchTime.now().uptimeNanoseconds
      out = shell.run(command + " | count").output
      times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    let shown = out.trimmingCharacters(in: .whitespacesAndNewlines).prefix(40)
    print(
      String(
        format: "  %-28@ first %.3f s, then %.3f / %.3f s  (%@)", command as NSString, times[0], times[1], times[2],
        String(shown)))
  }
}

func medianOf(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  return s.isEmpty ? 0 : s[s.count / 2]
}

/// Runs a program with `XDG_CACHE_HOME=cache` (or LODE_NO_CACHE when nil), output captured.
func timed(_ path: String, _ arguments: [String], cache: String?) -> (seconds: Double, output: String, cpu: Double) {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: path)
  p.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  if let cache { env["XDG_CACHE_HOME"] = cache } else { env["LODE_NO_CACHE"] = "1" }
  p.environment = env
  let pipe = Pipe()
  p.standardOutput = pipe
  p.standardError = FileHandle.nullDevice
  let cpu0 = childrenCPU()
  let t0 = DispatchTime.now().uptimeNanoseconds
  do { try p.run() } catch { return (0, "cannot run \(path)", 0) }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  let wall = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
  return (wall, String(decoding: data, as: UTF8.self), childrenCPU() - cpu0)
}

/// User plus system time of every child process waited for so far.
func childrenCPU() -> Double {
  var u = rusage()
  getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &u)
  return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
}
