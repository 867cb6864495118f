import Foundation

/// The environment variables start-up consults, read one by one with `getenv`:
/// `ProcessInfo.processInfo.environment` copies every variable into a dictionary, a
/// measurable share of `lode -c`'s start-up. Add a name here when start-up reads a new one.
enum StartEnvironment {
  static let names = [
    "HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "NO_COLOR",
    "LODE_PLUGIN_PATH", "LODE_NO_CACHE",
  ]

  static func read() -> [String: String] {
    var out: [String: String] = [:]
    for name in names {
      if let value = getenv(name) { out[name] = String(cString: value) }
    }
    return out
  }
}
