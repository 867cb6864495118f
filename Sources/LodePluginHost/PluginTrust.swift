import Foundation
import LodeCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which plugin folders may run. Folders the user installed or configured — the checkout
/// lode was built from, `~/.config/lode/plugins`, `LODE_PLUGIN_PATH` — are trusted as they
/// are; a folder found only because of the working directory (`untrustedRoots`) runs only
/// after `:plugins trust NAME`, remembered per folder and SHA-256 of its manifest in
/// `$XDG_CONFIG_HOME/lode/trusted-plugins` (one `HASH<TAB>FOLDER` line each), or when
/// `trustAll` (`--trust-plugins`). A changed manifest needs trusting again.
public struct PluginTrust: Sendable {
  public var untrustedRoots: [String]
  public var file: String?
  public var trustAll: Bool

  public init(untrustedRoots: [String], file: String?, trustAll: Bool = false) {
    self.untrustedRoots = untrustedRoots.map(PluginHost.lexicallyStandardized)
    self.file = file
    self.trustAll = trustAll
  }

  /// `$XDG_CONFIG_HOME/lode/trusted-plugins`, else `~/.config/lode/trusted-plugins`.
  public static func defaultFile(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return xdg + "/lode/trusted-plugins"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/lode/trusted-plugins"
  }

  /// Whether `folder` needs trust at all (it lies under an untrusted root).
  public func needsTrust(_ folder: String) -> Bool {
    !trustAll && untrustedRoots.contains { folder == $0 || folder.hasPrefix($0 + "/") }
  }

  /// Whether `folder`, whose manifest is `manifest`, may run.
  public func allows(_ folder: String, manifest: [UInt8]) -> Bool {
    guard needsTrust(folder) else { return true }
    return remembered().contains(SHA256.hex(manifest) + "\t" + folder)
  }

  /// Remembers `folder` with this manifest as trusted.
  public func remember(_ folder: String, manifest: [UInt8]) throws(Diagnostic) {
    guard let file else {
      throw Diagnostic(
        .plugin, id: "plugin.trust.unwritable", "cannot remember trusted plugins: HOME is not set",
        hint: "set XDG_CONFIG_HOME or HOME, or start lode with --trust-plugins")
    }
    let entry = SHA256.hex(manifest) + "\t" + folder
    var lines = remembered().filter { !$0.hasSuffix("\t" + folder) }
    lines.append(entry)
    do {
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(
        to: URL(fileURLWithPath: file), options: .atomic)
    } catch {
      throw Diagnostic(
        .plugin, id: "plugin.trust.unwritable", "cannot write \(file)",
        hint: "check that the folder is writable, or start lode with --trust-plugins")
    }
  }

  func remembered() -> [String] {
    guard let file, let data = FileManager.default.contents(atPath: file) else { return [] }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }
}
