import Foundation
import LodeCore
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds plugins, turns their manifests into commands, and owns their processes.
///
/// ```swift
/// let host = PluginHost(searchPaths: PluginHost.defaultSearchPaths(projectPlugins: "plugins"))
/// let (commands, warnings) = host.discover()   // register commands; print warnings
/// …
/// host.shutdown()                               // at exit
/// ```
/// Processes start on a command's first call and stay alive; a fault stops one and the
/// next call starts it again. Settings `plugin.timeout` and `plugin.max_message` are
/// read from the `Context` of each call.
public final class PluginHost: Sendable {
  public let searchPaths: [String]
  public let lodeVersion: String
  /// Which folders may run (nil: all of them).
  public let trust: PluginTrust?
  let instances = Mutex<[PluginInstance]>([])
  /// Plugins found but waiting for `:plugins trust NAME`.
  let held = Mutex<[HeldPlugin]>([])

  public init(searchPaths: [String], lodeVersion: String = "0.1.0", trust: PluginTrust? = nil) {
    self.searchPaths = searchPaths
    self.lodeVersion = lodeVersion
    self.trust = trust
    // A plugin that exits while lode writes to it must give EPIPE, not kill lode.
    signal(SIGPIPE, SIG_IGN)
  }

  /// The folders searched, in order: the project's `plugins/` (when given),
  /// `$XDG_CONFIG_HOME/lode/plugins` (default `~/.config/lode/plugins`), then each
  /// folder on `LODE_PLUGIN_PATH` (colon-separated).
  public static func defaultSearchPaths(
    projectPlugins: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    var paths: [String] = []
    if let projectPlugins { paths.append(projectPlugins) }
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
      paths.append(xdg + "/lode/plugins")
    } else if let home = environment["HOME"], !home.isEmpty {
      paths.append(home + "/.config/lode/plugins")
    }
    if let extra = environment["LODE_PLUGIN_PATH"] {
      paths += extra.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
    return paths
  }

  /// Reads every manifest on the search path and returns the commands of the valid
  /// ones; each invalid manifest or name clash gives one warning and is skipped.
  ///
  /// Calling it again stops running plugins and starts over.
  public func discover() -> (descriptors: [CommandDescriptor], warnings: [Diagnostic]) {
    shutdown()
    var warnings: [Diagnostic] = []
    var found: [PluginInstance] = []
    var descriptors: [CommandDescriptor] = []
    var owners: [String: String] = [:]
    var waiting: [HeldPlugin] = []
    for folder in PluginHost.pluginFolders(in: searchPaths) {
      let file = folder + "/plugin.json"
      func warn(_ id: String, _ message: String) {
        // The message names the file: one line, no `-->` location line repeating it.
        warnings.append(Diagnostic(.warning, id: id, "\(file): \(message)"))
      }
      let manifest: PluginManifest
      let bytes: [UInt8]
      do throws(ManifestProblem) {
        bytes = try PluginHost.contents(of: file)
        manifest = try PluginManifest.read(bytes)
      } catch {
        warn("plugin.manifest.invalid", "\(error.message); plugin skipped")
        continue
      }
      if let trust, !trust.allows(folder, manifest: bytes) {
        waiting.append(HeldPlugin(manifest: manifest, folder: folder, bytes: bytes))
        warnings.append(PluginHost.untrustedWarning(manifest.name, folder))
        continue
      }
      if let other = found.first(where: { $0.manifest.name == manifest.name }) {
        warn(
          "plugin.duplicate",
          "plugin `\(manifest.name)` is already loaded from \(other.folder); this one is skipped")
        continue
      }
      let instance = PluginInstance(manifest: manifest, folder: folder, lodeVersion: lodeVersion)
      let commands: [CommandDescriptor]
      do {
        commands = try manifest.descriptors { name in
          { invocation, context throws(Diagnostic) in
            try instance.call(name, invocation, context: context)
          }
        }
      } catch {
        warn("plugin.manifest.invalid", "\(error.message); plugin skipped")
        continue
      }
      if let clash = commands.first(where: { owners[$0.name] != nil }) {
        warn(
          "plugin.duplicate",
          "command `\(clash.name)` is already defined by plugin `\(owners[clash.name] ?? "")`; plugin `\(manifest.name)` skipped"
        )
        continue
      }
      for c in commands { owners[c.name] = manifest.name }
      found.append(instance)
      descriptors += commands
    }
    instances.withLock { $0 = found }
    held.withLock { $0 = waiting }
    return (descriptors, warnings)
  }

  /// A manifest's bytes, read with plain system calls (at most 1 MiB).
  static func contents(of file: String) throws(ManifestProblem) -> [UInt8] {
    let fd = open(file, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw ManifestProblem("cannot open the file") }
    defer { close(fd) }
    let limit = 1 << 20
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 14)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      guard n >= 0 else { throw ManifestProblem("cannot read the file") }
      if n == 0 { return bytes }
      bytes += chunk[0..<n]
      guard bytes.count <= limit else { throw ManifestProblem("larger than 1 MiB") }
    }
  }

  /// Plugin folders under the search paths, in search order, each path's subfolders by
  /// name. A path that is itself a plugin folder (has `plugin.json`) counts as one.
  static func pluginFolders(in paths: [String]) -> [String] {
    let fm = FileManager.default
    var result: [String] = []
    var seen = Set<String>()
    for raw in paths {
      let absolute = PluginHost.lexicallyStandardized(
        raw.hasPrefix("/") || raw.hasPrefix("~") ? raw : fm.currentDirectoryPath + "/" + raw)
      var candidates: [String] = []
      if fm.fileExists(atPath: absolute + "/plugin.json") {
        candidates = [absolute]
      } else if let names = Self.entries(of: absolute) {
        candidates = names.sorted().map { absolute + "/" + $0 }
          .filter { fm.fileExists(atPath: $0 + "/plugin.json") }
      }
      for c in candidates where seen.insert(c).inserted { result.append(c) }
    }
    return result
  }

  /// `path` with a leading `~` expanded (from `HOME`), empty and `.` components dropped
  /// and `..` applied to the words before it, without a trailing slash: what
  /// `NSString.standardizingPath` gives for these folders, minus its Foundation set-up.
  static func lexicallyStandardized(_ path: String) -> String {
    var path = path
    if path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") {
      path = String(cString: home) + path.dropFirst()
    }
    guard path.hasPrefix("/") else { return path }
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else {
        parts.append(part)
      }
    }
    // Appended one by one through String's own Substring overload: `joined(separator:)`
    // and `+=` are generic and make the runtime scan every conformance record in the binary
    // on first use (about 250k instructions).
    var out = ""
    for part in parts {
      out.append("/")
      out.append(contentsOf: part)
    }
    return out.isEmpty ? "/" : out
  }

  /// The names in a folder (without `.` and `..`, unsorted), or nil when it cannot be listed.
  /// readdir directly: FileManager's listing joins paths generically, which costs a scan of
  /// every conformance record in the binary on first use (about 250k instructions).
  static func entries(of folder: String) -> [String]? {
    guard let dir = opendir(folder) else { return nil }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Every discovered plugin with its commands and process state, in discovery order.
  public var plugins: [PluginStatus] {
    instances.withLock { list in list.map(\.currentStatus) }
  }

  /// Stops every running plugin: `shutdown` message, then a kill after a short grace.
  public func shutdown() {
    let list = instances.withLock { $0 }
    for p in list { p.shutdown() }
  }
}
