import LodeCore

/// A shell meta-command (`:help`, `:set`, …), declared once as a value: its name, a line
/// of help, its `Signature` (parameters and flags, with their completion hints) and what
/// it does. Usage, argument checking (`MetaArguments`, the one parser) and Tab all come
/// from the signature.
///
/// Meta-commands are handled by the shell, never by the query interpreter; the list
/// lives in `MetaCommand.all`, one declaration per file in this folder.
public struct MetaCommand: Sendable {
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

  /// Runs with the arguments parsed against the signature (words as `.string`, `N` as `.number`).
  public typealias Run =
    @Sendable (_ shell: Shell, _ arguments: Invocation) throws(Diagnostic) -> Result

  public var name: String
  public var summary: String
  public var signature: Signature
  /// Shows the command list, so plugins are discovered first (`Shell.discoverPlugins()`).
  public var listsCommands: Bool
  public var run: Run

  public init(
    name: String, summary: String, signature: Signature = Signature(), listsCommands: Bool = false,
    run: @escaping Run
  ) {
    self.name = name
    self.summary = summary
    self.signature = signature
    self.listsCommands = listsCommands
    self.run = run
  }

  /// Every meta-command, in the order `:help` lists them.
  public static let all: [MetaCommand] = [
    .help, .quit, .history, .modules, .set, .format, .load, .cache, .save, .run, .journal, .plugins,
    .docs,
  ]

  /// `:save [--transcript] [--force] FILE`: the flags, the required parameters, then the
  /// optional ones in one bracket (they are given together or not at all).
  public var usage: String {
    func shown(_ p: Parameter) -> String {
      var s: String
      switch p.shape {
      case .keyword(let w): s = w
      case .choice(let options): s = options.joined(separator: "|")
      default: s = p.name.uppercased()
      }
      if let k = p.introducedBy { s = "\(k) \(s)" }
      return s
    }
    var parts = [name] + signature.flags.map { "[--\($0.name)]" }
    parts += signature.parameters.filter { !$0.optional }.map(shown)
    let optional = signature.parameters.filter(\.optional).map(shown)
    if !optional.isEmpty { parts.append("[" + optional.joined(separator: " ") + "]") }
    return parts.joined(separator: " ")
  }

  /// The text after the name, checked against the signature; `offset` is where it starts.
  public func arguments(_ text: String, offset: Int = 0) throws(Diagnostic) -> Invocation {
    try MetaArguments.parse(text, offset: offset, command: name, signature: signature, usage: usage)
  }

  /// A usage error quoting this meta-command's usage line.
  func usageError(_ message: String) -> Diagnostic {
    Diagnostic(.argument, id: "meta.usage", message, hint: "usage: \(usage)")
  }
}
