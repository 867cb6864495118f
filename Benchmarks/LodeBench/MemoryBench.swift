import Foundation

/// `lode-bench memory DIR...`: peak resident memory of the real `lode` binary (beside this
/// one) loading each folder, `lode --seeds DIR -c 'quotes | count'`, first with an empty
/// cache folder (cold), then with the cache it filled (warm), over the bytes of the folder's
/// files. Peak RSS is what `/usr/bin/time -f %M` reports (the kernel's high-water mark of
/// the process, in KiB). Budget (issue 16): at most 4× the corpus cold and warm at 10,000
/// articles; 100,000 articles within 2 GB.
func runMemoryBenchmark(folders: [String]) {
  let bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lode")
    .path
  guard FileManager.default.isExecutableFile(atPath: bin), FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
  else {
    print("memory: needs \(bin) (swift build -c release --product lode) and /usr/bin/time")
    exit(1)
  }
  for folder in folders {
    let (files, bytes) = corpusSize(folder)
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("lode-bench-memory-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: cache) }
    let cold = peak(bin, folder: folder, cache: cache)
    let warm = peak(bin, folder: folder, cache: cache)
    let mb = Double(bytes) / 1e6
    print(
      String(
        format: "memory: %@: %d files, %.1f MB; cold %.1f MB (%.2fx the text, %.2f s), warm %.1f MB (%.2fx, %.2f s)%@",
        folder, files, mb, cold.megabytes, cold.megabytes / mb, cold.seconds, warm.megabytes, warm.megabytes / mb,
        warm.seconds, cold.output == warm.output ? "" : "; OUTPUTS DIFFER: \(cold.output) / \(warm.output)"))
  }
}

/// The number of files under `folder` and their bytes.
func corpusSize(_ folder: String) -> (files: Int, bytes: Int) {
  var files = 0, bytes = 0
  let e = FileManager.default.enumerator(atPath: folder)
  while let name = e?.nextObject() as? String {
    var st = stat()
    guard stat(folder + "/" + name, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { continue }
    files += 1
    bytes += Int(st.st_size)
  }
  return (files, bytes)
}

/// One run of `lode --seeds folder -c 'quotes | count'` under `/usr/bin/time -f %M`.
func peak(_ bin: String, folder: String, cache: String) -> (megabytes: Double, seconds: Double, output: String) {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
  p.arguments = ["-f", "%M", bin, "--seeds", folder, "-c", "quotes | count"]
  var env = ProcessInfo.processInfo.environment
  env["XDG_CACHE_HOME"] = cache
  p.environment = env
  let out = Pipe(), err = Pipe()
  p.standardOutput = out
  p.standardError = err
  let t0 = DispatchTime.now().uptimeNanoseconds
  do { try p.run() } catch { return (0, 0, "cannot run /usr/bin/time") }
  let output = out.fileHandleForReading.readDataToEndOfFile()
  let report = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
  let kib = String(decoding: report, as: UTF8.self).split(separator: "\n").last.flatMap { Double($0) } ?? 0
  return (kib * 1024 / 1e6, seconds, String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}
