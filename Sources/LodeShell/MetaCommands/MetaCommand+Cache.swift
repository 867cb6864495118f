import Foundation
import LodeCore
import LodeExtract

extension MetaCommand {
  /// `:cache` — where the corpus cache is and how big; `:cache clear` empties it.
  public static let cache = MetaCommand(
    name: ":cache", summary: "show the corpus cache (where, how big), or clear it",
    signature: Signature([Parameter("action", .choice(["clear"]), optional: true, help: "empty the cache")])
  ) { shell, arguments throws(Diagnostic) in
    guard let cache = shell.corpusCache else {
      return Result("no corpus cache (LODE_NO_CACHE is set, or there is no HOME or XDG_CACHE_HOME)\n")
    }
    if arguments.string("action") == "clear" {
      let freed = cache.clear()
      return Result("cleared \(cache.path) (\(CacheSize.text(freed)) freed)\n")
    }
    let entries = cache.entries
    let total = entries.reduce(0) { $0 + $1.bytes }
    let noun = entries.count == 1 ? "entry" : "entries"
    return Result(
      "\(cache.path): \(entries.count) \(noun), \(CacheSize.text(total)) of at most \(CacheSize.text(cache.maxBytes))\n"
    )
  }
}

/// Byte counts as people read them: `12.3 MB`, `512 bytes`.
enum CacheSize {
  static func text(_ bytes: Int) -> String {
    if bytes < 1_000 { return "\(bytes) bytes" }
    let units = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
    let (scale, unit) = units.first { Double(bytes) >= $0.0 } ?? (1e3, "kB")
    return String(format: "%.1f %@", Double(bytes) / scale, unit)
  }
}
