import Foundation
import LodePluginHost

/// Where the `lode` binary finds the project's own `plugins/` folder: the current
/// directory's, else the source checkout it was built in (found by walking up from the
/// executable's real path to a folder holding `plugins/PROTOCOL.md`).
enum ProjectFolders {
  static func pluginSearchPaths(environment: [String: String]) -> [String] {
    PluginHost.defaultSearchPaths(projectPlugins: projectPlugins(), environment: environment)
  }

  static func projectPlugins() -> String? {
    let fm = FileManager.default
    let cwd = fm.currentDirectoryPath + "/plugins"
    if fm.fileExists(atPath: cwd + "/PROTOCOL.md") { return cwd }
    var folder = executable().resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent("plugins").path
      if fm.fileExists(atPath: candidate + "/PROTOCOL.md") { return candidate }
      folder.deleteLastPathComponent()
    }
    return nil
  }

  /// The running executable's file. Not argv[0]: started through PATH (`lode`, or a
  /// `#!/usr/bin/env -S lode run` script) that is a bare name relative to nothing.
  static func executable() -> URL {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: path)
    }
    return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")
  }
}
