import Foundation

/// A path argument as a shell reads it: a leading `~` or `~/` is the home folder named by
/// `$HOME` (the account's home from the system only when `HOME` is unset); anything else,
/// `~user` included, is unchanged.
public enum HomePath {
  public static func expand(
    _ path: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home.hasSuffix("/") && path.count > 1 ? String(home.dropLast()) : home) + path.dropFirst()
  }
}
