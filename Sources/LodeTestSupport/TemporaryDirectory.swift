import Foundation

/// A fresh directory under the system temp folder, removed when the value goes away;
/// tests use it as HOME and XDG_STATE_HOME so they never touch the developer's files.
public final class TemporaryDirectory {
  public let path: String

  public init(prefix: String = "lode-test") throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// The path of `name` inside the directory.
  public func file(_ name: String) -> String { path + "/" + name }

  /// Writes `text` to `name` (creating folders on the way); returns its path.
  @discardableResult
  public func write(_ name: String, _ text: String) throws -> String {
    let p = file(name)
    try FileManager.default.createDirectory(
      atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: p, atomically: true, encoding: .utf8)
    return p
  }

  /// The text of `name`.
  public func read(_ name: String) throws -> String {
    try String(contentsOfFile: file(name), encoding: .utf8)
  }

  /// An environment with HOME and the XDG_STATE/CONFIG/CACHE_HOME folders inside this
  /// directory, TERM set, colour off, and PATH/LANG carried over from the test process.
  public func environment(extra: [String: String] = [:]) -> [String: String] {
    let inherited = ProcessInfo.processInfo.environment
    var env: [String: String] = [
      "HOME": path, "XDG_STATE_HOME": path + "/state", "XDG_CONFIG_HOME": path + "/config",
      "XDG_CACHE_HOME": path + "/cache",
      "TERM": "xterm", "NO_COLOR": "1",
      "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
    ]
    if let lang = inherited["LANG"] { env["LANG"] = lang }
    for (k, v) in extra { env[k] = v }
    return env
  }
}
