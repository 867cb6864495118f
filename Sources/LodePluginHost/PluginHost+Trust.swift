import LodeCore
import Synchronization

/// A plugin found in a folder that needs trust, waiting for `:plugins trust NAME`.
struct HeldPlugin: Sendable {
  var manifest: PluginManifest
  var folder: String
  var bytes: [UInt8]
}

extension PluginHost {
  /// The warning for a plugin that does not run until trusted.
  static func untrustedWarning(_ name: String, _ folder: String) -> Diagnostic {
    Diagnostic(
      .warning, id: "plugin.untrusted",
      "plugin `\(name)` in \(folder) was found through the working directory; it does not run until you trust it",
      hint:
        "`:plugins trust \(name)` runs it from now on (until its plugin.json changes), or start lode with --trust-plugins"
    )
  }

  /// Names of the plugins waiting for trust, in discovery order.
  public var untrustedPlugins: [(name: String, version: String, folder: String)] {
    held.withLock { $0.map { ($0.manifest.name, $0.manifest.version, $0.folder) } }
  }

  /// Trusts the waiting plugin `name`: remembers its folder and manifest hash and returns
  /// its commands for the shell to register.
  public func trustPlugin(named name: String) throws(Diagnostic) -> [CommandDescriptor] {
    guard let plugin = held.withLock({ list in list.first { $0.manifest.name == name } }) else {
      let loaded = plugins.contains { $0.name == name }
      throw Diagnostic(
        .name, id: "plugin.trust.unknown",
        loaded ? "plugin `\(name)` already runs" : "no plugin named `\(name)` is waiting for trust",
        hint: "`:plugins` lists every plugin and its state",
        suggestions: Suggest.closest(to: name, in: untrustedPlugins.map(\.name)))
    }
    try trust?.remember(plugin.folder, manifest: plugin.bytes)
    let instance = PluginInstance(manifest: plugin.manifest, folder: plugin.folder, lodeVersion: lodeVersion)
    let commands: [CommandDescriptor]
    do {
      commands = try plugin.manifest.descriptors { command in
        { invocation, context throws(Diagnostic) in
          try instance.call(command, invocation, context: context)
        }
      }
    } catch {
      throw Diagnostic(.plugin, id: "plugin.manifest.invalid", "\(plugin.folder)/plugin.json: \(error.message)")
    }
    instances.withLock { $0.append(instance) }
    held.withLock { $0.removeAll { $0.manifest.name == name } }
    return commands
  }
}
