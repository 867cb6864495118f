import Foundation

/// A fresh folder under the system temp directory, removed when the value is released.
final class TempFolder {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "lode-session-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let p = file(name)
    try FileManager.default.createDirectory(
      atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: p, atomically: true, encoding: .utf8)
    return p
  }

  func read(_ name: String) throws -> String {
    try String(contentsOfFile: file(name), encoding: .utf8)
  }
}
