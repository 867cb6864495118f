import LodeCore

/// A shell meta-command (`:help`, `:set`, …), declared once as a value: its name, a line
/// of help, usage, what Tab offers for its argument, and what it does.
///
/// Meta-commands are handled by the shell, never by the query interpreter; the list
/// lives in `MetaCommand.all`, one declaration per file in this folder.
public struct MetaCommand: Sendable {
  /// What Tab offers after the meta-command's name.
  public enum Completion: Sendable, Hashable {
    case none
    case words([String])
    case files
    case settings
  }

  /// What running it produced: text to print, whether the shell should exit, and
  /// problems to render after the text (a replayed script's errors, say).
  public struct Result: Sendable, Hashable {
    public var output: String
    public var quit: Bool
    public var diagnostics: [Diagnostic]
    public var failed: Bool
    public init(
      _ output: String = "", quit: Bool = false, diagnostics: [Diagnostic] = [],
      failed: Bool = false
    ) {
      self.output = output
      self.quit = quit
      self.diagnostics = diagnostics
      self.failed = failed
    }
  }

  public typealias Run =
    @Sendable (_ shell: Shell, _ arguments: String) throws(Diagnostic) -> Result

  public var name: String
  public var summary: String
  public var usage: String
  public var completion: Completion
  /// Shows the command list, so plugins are discovered first (`Shell.discoverPlugins()`).
  public var listsCommands: Bool
  public var run: Run

  public init(
    name: String, summary: String, usage: String, completion: Completion = .none,
    listsCommands: Bool = false, run: @escaping Run
  ) {
    self.name = name
    self.summary = summary
    self.usage = usage
    self.completion = completion
    self.listsCommands = listsCommands
    self.run = run
  }

  /// Every meta-command, in the order `:help` lists them.
  public static let all: [MetaCommand] = [
    .help, .quit, .history, .modules, .set, .format, .load, .cache, .save, .run, .journal, .plugins,
    .docs,
  ]

  /// A usage error quoting the meta-command's usage line.
  static func usageError(_ usage: String, _ message: String) -> Diagnostic {
    Diagnostic(.argument, id: "meta.usage", message, hint: "usage: \(usage)")
  }

  /// The arguments split on whitespace.
  static func words(_ arguments: String) -> [String] {
    arguments.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
  }
}
