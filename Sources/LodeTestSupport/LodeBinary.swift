import Foundation

/// Finds the built `lode` executable next to the test bundle (`.build/<triple>/debug/`),
/// falling back to `.build/debug/lode` under the package root found from this file's path.
/// `LODE_BINARY=path` tests another build instead (e.g. the release binary scripts/lode makes).
public enum LodeBinary {
  public static var path: String? {
    if let given = ProcessInfo.processInfo.environment["LODE_BINARY"], !given.isEmpty {
      return FileManager.default.isExecutableFile(atPath: given) ? given : nil
    }
    var candidates: [URL] = []
    if let first = CommandLine.arguments.first {
      let url = URL(fileURLWithPath: first).resolvingSymlinksInPath()
      candidates.append(url.deletingLastPathComponent())
      candidates.append(url.deletingLastPathComponent().deletingLastPathComponent())
    }
    candidates.append(Bundle.main.bundleURL)
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug"))
    for dir in candidates {
      let file = dir.appendingPathComponent("lode").path
      if FileManager.default.isExecutableFile(atPath: file) { return file }
    }
    return nil
  }
}
