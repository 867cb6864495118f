/// What `:plugins` shows for one plugin: identity, folder, commands and process state.
public struct PluginStatus: Sendable, Hashable {
  /// Whether the plugin's process runs, and what stopped it last.
  public enum State: Sendable, Hashable {
    case notStarted
    case running
    /// The last call hit a fault; the message is the Diagnostic's. The next call restarts it.
    case crashed(lastError: String)
  }

  public var name: String
  public var version: String
  /// The manifest's one-line description (empty when it has none).
  public var description: String
  public var folder: String
  public var commands: [String]
  public var state: State
  /// How many times the process was started (restarts show up here).
  public var starts: Int
  /// The last lines the plugin wrote to stderr (its log), kept after a crash too.
  public var stderrTail: [String]

  public init(
    name: String, version: String, description: String = "", folder: String,
    commands: [String], state: State, starts: Int = 0, stderrTail: [String] = []
  ) {
    self.stderrTail = stderrTail
    self.name = name
    self.version = version
    self.description = description
    self.folder = folder
    self.commands = commands
    self.state = state
    self.starts = starts
  }

  /// `running`, `not started`, or `crashed: …`.
  public var stateText: String {
    switch state {
    case .notStarted: "not started"
    case .running: "running"
    case .crashed(let e): "crashed: \(e)"
    }
  }
}
