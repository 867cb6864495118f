import Foundation
import LodePluginHost

/// Where the `lode` binary finds the project's own `plugins/` folder: the current
/// directory's, else the source checkout it was built in (found by walking up from the
/// executable to a folder holding `plugins/PROTOCOL.md`).
enum ProjectFolders {
  static func pluginSearchPaths(environment: [String: String]) -> [String] {
    PluginHost.defaultSearchPaths(projectPlugins: projectPlugins(), environment: environment)
  }

  static func projectPlugins() -> String? {
    let fm = FileManager.default
    let cwd = fm.currentDirectoryPath + "/plugins"
    if fm.fileExists(atPath: cwd + "/PROTOCOL.md") { return cwd }
    var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent("plugins").path
      if fm.fileExists(atPath: candidate + "/PROTOCOL.md") { return candidate }
      folder.deleteLastPathComponent()
    }
    return nil
  }
}
