import LodePluginHost

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the `lode` binary finds the project's own `plugins/` folder: the current
/// directory's, else the source checkout it was built in (found by walking up from the
/// executable's real path to a folder holding `plugins/PROTOCOL.md`).
///
/// Plain path strings and system calls (`getcwd`, `readlink`, `access`): this runs on
/// every start, where Foundation's URL and FileManager work was a measurable share.
enum ProjectFolders {
  static func pluginSearchPaths(environment: [String: String]) -> [String] {
    PluginHost.defaultSearchPaths(projectPlugins: projectPlugins(), environment: environment)
  }

  static func projectPlugins() -> String? {
    if let cwd = currentDirectory() {
      let here = (cwd == "/" ? "" : cwd) + "/plugins"
      if exists(here + "/PROTOCOL.md") { return here }
    }
    guard var folder = executable().map(parent) else { return nil }
    for _ in 0..<6 {
      let candidate = (folder == "/" ? "" : folder) + "/plugins"
      if exists(candidate + "/PROTOCOL.md") { return candidate }
      folder = parent(folder)
    }
    return nil
  }

  /// The running executable's real path. Not argv[0] as given: started through PATH
  /// (`lode`, or a `#!/usr/bin/env -S lode run` script) that is a bare name relative to
  /// nothing. Linux names it in `/proc/self/exe`; elsewhere argv[0] is resolved.
  static func executable() -> String? {
    if let path = readLink("/proc/self/exe") { return path }
    guard let argv0 = CommandLine.arguments.first, argv0.contains("/"),
      let resolved = realpath(argv0, nil)
    else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The folder holding `path` (an absolute path); `/` for `/` and for top-level entries.
  static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  static func currentDirectory() -> String? {
    guard let path = getcwd(nil, 0) else { return nil }
    defer { free(path) }
    return String(cString: path)
  }

  static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink(path, &buffer, buffer.count - 1)
    guard n > 0 else { return nil }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
