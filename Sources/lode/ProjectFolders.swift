import LodePluginHost

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the `lode` binary finds plugins: the source checkout it was built in (found by
/// walking up from the executable's real path to a folder holding `plugins/PROTOCOL.md`),
/// trusted like `~/.config/lode/plugins` and `LODE_PLUGIN_PATH`; and the working
/// directory's `plugins/`, searched last and, unless it is that same checkout's, needing
/// trust (`PluginTrust`) before any of its plugins runs.
///
/// Plain path strings and system calls (`getcwd`, `readlink`, `access`): this runs on
/// every start, where Foundation's URL and FileManager work was a measurable share.
enum ProjectFolders {
  static func pluginSearchPaths(environment: [String: String]) -> [String] {
    var paths = PluginHost.defaultSearchPaths(projectPlugins: checkout, environment: environment)
    if let here = workingDirectoryOnly { paths.append(here) }
    return paths
  }

  /// Trust for this start: the working directory's `plugins/` (when it is not the
  /// checkout's) needs it, unless `trustAll`.
  static func pluginTrust(environment: [String: String], trustAll: Bool) -> PluginTrust {
    PluginTrust(
      untrustedRoots: workingDirectoryOnly.map { [$0] } ?? [],
      file: PluginTrust.defaultFile(environment: environment), trustAll: trustAll)
  }

  /// The checkout's `plugins/`, looked for once a process (start-up asks for it twice).
  static let checkout: String? = checkoutPlugins()

  /// The working directory's `plugins/` when it is not the checkout's, looked for once.
  static let workingDirectoryOnly: String? = workingDirectoryPlugins().flatMap {
    sameFolder($0, checkout) ? nil : $0
  }

  /// `./plugins` when it holds a `PROTOCOL.md`.
  static func workingDirectoryPlugins() -> String? {
    guard let cwd = currentDirectory() else { return nil }
    let here = (cwd == "/" ? "" : cwd) + "/plugins"
    return exists(here + "/PROTOCOL.md") ? here : nil
  }

  /// Whether two paths name the same folder (by device and inode).
  static func sameFolder(_ a: String, _ b: String?) -> Bool {
    guard let b else { return false }
    var sa = stat()
    var sb = stat()
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
  }

  /// The `plugins/` of the checkout the running binary was built in.
  static func checkoutPlugins() -> String? {
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
