import LodeCore
import LodePluginHost
import LodeQuery

extension Shell {
  /// Reads the plugins' manifests and registers their commands, once; later calls do nothing.
  ///
  /// Start-up leaves it undone: a line whose commands are all built in never pays for
  /// decoding manifests. What needs the full command list calls it first — `help`,
  /// `:help`, `:plugins`, Tab, a name the built-ins do not know — and the interactive
  /// shell calls it before its first prompt. Its warnings (a bad manifest, a clashing
  /// name) go straight to the error stream, never into a line's recorded output.
  public func discoverPlugins() {
    guard !pluginsDiscovered else { return }
    pluginsDiscovered = true
    guard let host = plugins else { return }
    let (descriptors, found) = host.discover()
    var registry = interpreter.registry
    let warnings = found + PluginHost.register(descriptors, into: &registry)
    interpreter.registry = registry
    context.setService("registry", registry)
    let renderer = DiagnosticRenderer(style: style)
    for w in warnings { sink(renderer.render(w, asWarning: true), true) }
  }

  /// Runs `line` through the interpreter; when it names a command the built-ins do not
  /// know, discovers the plugins and runs it again. Parsing resolves every command before
  /// any runs, so the failed first attempt has had no effect.
  func execute(_ line: String) -> Execution {
    if !pluginsDiscovered, Shell.listsCommands(line) { discoverPlugins() }
    let first = interpreter.execute(line)
    guard !pluginsDiscovered, case .failure(let ds) = first,
      ds.contains(where: { $0.id == "query.unknownCommand" })
    else { return first }
    discoverPlugins()
    return interpreter.execute(line)
  }

  /// Whether a stage of the line is `commands`, which lists plugin commands too, so the
  /// plugins must be discovered first (start-up never discovers them otherwise).
  static func listsCommands(_ line: String) -> Bool {
    line.split(separator: "|").contains { stage in
      stage.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "commands"
    }
  }
}
