import Foundation
import LodeCore
import LodePluginHost

/// Per-call overhead of a plugin: a no-op call, median of 1,000, for a Python plugin
/// (Tests/LodePluginHostTests/Fixtures/noop) and the Swift example (`fx version`).
///
/// The first call (process start and hello) is timed separately and not in the median.
/// Prints one line per plugin; returns the medians in microseconds by plugin name.
@discardableResult
func runPluginBenchmark(calls: Int = 1000) -> [String: Double] {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  let cases: [(plugin: String, folder: String, command: String)] = [
    ("python noop", root + "/Tests/LodePluginHostTests/Fixtures/noop", "noop"),
    ("swift fx", root + "/plugins/fx", "fx version"),
  ]
  var medians: [String: Double] = [:]
  for c in cases {
    let host = PluginHost(searchPaths: [c.folder], lodeVersion: "bench")
    let (descriptors, warnings) = host.discover()
    guard warnings.isEmpty, let command = descriptors.first(where: { $0.name == c.command }) else {
      print("plugin overhead \(c.plugin): cannot load \(c.folder) \(warnings.map(\.message))")
      continue
    }
    let context = Context()
    let invocation = Invocation(command: c.command)
    func once() -> Double? {
      let start = DispatchTime.now().uptimeNanoseconds
      do {
        _ = try command.run(invocation, context)
      } catch {
        print("plugin overhead \(c.plugin): \(error.message)")
        return nil
      }
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    }
    guard let first = once() else { continue }
    var samples: [Double] = []
    for _ in 0..<calls {
      guard let t = once() else { break }
      samples.append(t)
    }
    host.shutdown()
    guard !samples.isEmpty else { continue }
    samples.sort()
    let median = samples[samples.count / 2]
    let p90 = samples[samples.count * 9 / 10]
    medians[c.plugin] = median
    print(
      String(
        format:
          "plugin overhead %@: median %.0f µs, p90 %.0f µs over %d calls (first call incl. start %.1f ms)",
        c.plugin, median, p90, samples.count, first / 1000))
  }
  return medians
}
