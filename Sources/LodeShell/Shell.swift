import Foundation
import LineEditor
import LodeCore
import LodeExtract
import LodeModel
import LodePluginHost
import LodeQuery
import LodeSession

/// The lode shell: owns the context, the registry and the interpreter, runs lines
/// (meta-commands itself, everything else through the interpreter) and renders results.
///
/// `run(_:)` returns exactly the text a line prints (no colour), which sessions record
/// and tests compare; `runInteractive(reader:)` is the REPL loop around it.
public final class Shell: LineRunner {
  public let options: ShellOptions
  public let context: Context
  public let interpreter: Interpreter
  /// The meta-commands (`MetaCommand.all`), built on first use: a line of commands never
  /// needs their signatures.
  public var metaCommands: [MetaCommand] { MetaCommand.all }
  /// External plugins on the search path (nil when plugins are off); their manifests are
  /// read on first need (`discoverPlugins()`), not at start-up.
  public let plugins: PluginHost?
  /// Whether `discoverPlugins()` has run (true at once when plugins are off).
  public internal(set) var pluginsDiscovered = false
  /// Journal, session log, `:save`, `:run`, `:journal`.
  public private(set) lazy var session: SessionController = {
    let controller = SessionController(
      runner: self, journal: options.journal ? Journal() : nil,
      stack: ReplayStack(baseDirectory: options.baseDirectory), settings: context.settings)
    controller.isCancelled = { [context] in context.isCancelled }
    return controller
  }()
  /// Problems met while starting (clashing command names, documents that did not load).
  public private(set) var startupDiagnostics: [Diagnostic] = []
  /// Colour for interactive output; `run(_:)` is always plain.
  public var style: Style
  /// Where `runInteractive` and `runOnce` print: (text, isError); the terminal by default.
  public var sink: (String, Bool) -> Void = { text, isError in
    isError ? Terminal.writeError(text) : Terminal.write(text)
  }
  /// Lines run so far, or the reader's persistent history while interactive.
  public var history: [String] { reader?.history ?? entered }

  /// Style and table width of the line being performed (meta-commands render with them).
  public private(set) var lineStyle: Style = .plain
  public private(set) var lineWidth: Int = 100
  /// True while `runInteractive`/`runOnce` perform a line (printing live, not captured).
  var live = false
  private var entered: [String] = []
  private weak var reader: (any LineReader)?

  public init(options: ShellOptions = ShellOptions()) {
    self.options = options
    self.style = Style(enabled: options.color)
    var settings = Settings(specs: ShellModules.settings)
    try? settings.set("format", options.format.rawValue)
    context = Context(settings: settings)
    let (registry, clashes) = ShellRegistry.build(
      commands: ShellRegistry.standardCommands + [options.extraCommands])
    startupDiagnostics += clashes
    plugins = options.pluginPaths.map {
      PluginHost(searchPaths: $0, lodeVersion: ShellOptions.version, trust: options.pluginTrust)
    }
    pluginsDiscovered = plugins == nil
    context.setService("registry", registry)
    context.setService("completion", ShellCompletionSource() as any CompletionSource)
    interpreter = Interpreter(registry: registry, context: context)
    if options.loadCorpus { loadDocuments() }
  }

  /// An unknown command with no close match still tells the user where to look.
  static func withListingHint(_ d: Diagnostic) -> Diagnostic {
    guard d.id.hasSuffix("unknownCommand"), d.hint == nil else { return d }
    var copy = d
    copy.hint = "type `help` to list the commands, `:help` for meta-commands"
    return copy
  }

  /// Lets `:history` show the reader's persistent history while it runs the loop.
  func attach(_ reader: any LineReader) { self.reader = reader }

  /// Stops running plugins; the REPL and `runOnce` call it on the way out.
  public func shutdown() { plugins?.shutdown() }

  /// The bundled seeds load on first use of the corpus (most start-ups never need them);
  /// `--seeds DIR` loads now, so its problems are reported before the first prompt.
  private func loadDocuments() {
    guard let seeds = options.seeds else {
      let folder = options.cacheFolder
      context.setCorpusLoader { SeedCorpus.load(cacheFolder: folder) }
      return
    }
    let (corpus, problems) = loader(progress: options.progress)
      .load(paths: [session.stack.resolve(seeds)])
    startupDiagnostics += problems
    context.corpus = corpus
  }

  /// A corpus loader that draws its progress on standard error when `progress` is true,
  /// caches per file in `options.cacheFolder`, reads files up to `load.max_file_mb` and
  /// stops on Ctrl-C (the context's cancellation).
  func loader(progress: Bool) -> CorpusLoader {
    var loader = CorpusLoader()
    loader.cache = corpusCache
    if let mb = context.settings.decimal("load.max_file_mb"), mb > 0 {
      let megabytes = NSDecimalNumber(decimal: mb).doubleValue
      loader.maxFileBytes = min(CorpusLoader.maxBytes, Int(megabytes * 1_048_576))
    }
    let context = self.context
    loader.isCancelled = { context.isCancelled }
    guard progress else { return loader }
    let line = ProgressLine()
    loader.progress = { done, total in
      if done >= total { line.finish() } else { line.update(done: done, total: total) }
    }
    return loader
  }

  /// The corpus cache in `options.cacheFolder`, nil when caching is off.
  public var corpusCache: CorpusCache? { options.cacheFolder.map { CorpusCache(folder: $0) } }

  /// Whether a line being performed now may draw progress on the terminal.
  var drawsProgress: Bool { live && options.progress }

  /// The settings changed from their defaults, as a saved script records them.
  public var settingsInEffect: [(name: String, value: String)] { context.settings.changed }

  /// The loaded corpus's fingerprint, written into saved scripts and transcripts.
  public var corpusFingerprint: String { context.corpus.fingerprint }

  /// Runs one line and returns exactly what it prints (output, then errors and warnings),
  /// without colour and at a width independent of the terminal (100 unless set).
  public func run(_ line: String) -> LineOutcome {
    let printed = perform(line, style: .plain, width: tableWidth(terminal: nil))
    return LineOutcome(
      output: printed.output + printed.errors, failed: printed.failed, errors: printed.errors)
  }

  /// Completion for the line editor: meta-commands, file paths, then the interpreter's.
  public func complete(_ line: String, cursor: Int) -> CompletionResult {
    discoverPlugins()
    return completionEngine.complete(line, cursor: cursor)
  }

  public var completionEngine: CompletionEngine {
    CompletionEngine(
      metaCommands: metaCommands,
      domainValues: { [context] domain in
        context.service("completion", as: (any CompletionSource).self)?.candidates(domain: domain, context: context)
          ?? []
      },
      interpreter: { [interpreter] line, cursor in interpreter.complete(line, cursor: cursor) })
  }

  /// What one line printed, split by stream, and what it means for the loop.
  struct Printed {
    var output = ""
    var errors = ""
    var failed = false
    var quit = false
    /// The output as a replay prints it (plain, replay width), when it differs from `output`.
    var recorded: String?

    /// What the session log records for this line: exactly what a replay would print.
    var plainText: String {
      (recorded ?? Style.strip(output)) + Style.strip(errors)
    }
  }

  func perform(_ line: String, style: Style, width: Int) -> Printed {
    entered.append(line)
    lineStyle = style
    lineWidth = width
    var printed = Printed()
    let trimmed = line.trimmingBlanks
    // Cut long echoes to the terminal the diagnostic goes to; a pipe or file gets it whole.
    let diagnostics = DiagnosticRenderer(style: style, width: live ? Terminal.columns(2) : nil)
    do throws(Diagnostic) {
      if Shell.leaveWords.contains(trimmed) {
        // `exit` and `quit` alone leave, as `.quit` does in sqlite3 and `exit` in IPython.
        printed.quit = true
      } else if trimmed.hasPrefix(":") {
        let result = try runMeta(trimmed)
        printed.output = result.output
        printed.quit = result.quit
        printed.failed = result.failed
        printed.errors = diagnostics.render(result.diagnostics, input: line)
      } else if trimmed == "help" || trimmed.hasPrefix("help ") {
        discoverPlugins()
        let name = String(trimmed.dropFirst(4)).trimmingBlanks
        let help = try HelpCommand.text(
          for: name, registry: interpreter.registry, style: style, width: width)
        // In a machine format the help text is one value of that format, like any result.
        printed.output =
          outputFormat.isMachine
          ? valueRenderer(style: style, width: width).render(.string(help)) : help
      } else {
        switch execute(line) {
        case .empty: break
        case .value(let out), .assigned(_, let out):
          printed.output = render(out, style: style, width: width)
          let replayWidth = tableWidth(terminal: nil)
          if style.enabled || width != replayWidth {
            printed.recorded = render(out, style: .plain, width: replayWidth)
          }
          if outputFormat.isMachine {
            for note in out.notes { printed.errors += style.dim("note: " + TerminalText.visible(note)) + "\n" }
          }
        case .failure(let ds):
          printed.failed = true
          printed.errors = diagnostics.render(ds.map(Shell.withListingHint), input: line)
        }
      }
    } catch {
      printed.failed = true
      printed.errors = diagnostics.render(error, input: line)
    }
    for w in context.takeWarnings() {
      printed.errors += diagnostics.render(w, input: line, asWarning: true)
    }
    return printed
  }

  private func runMeta(_ line: String) throws(Diagnostic) -> MetaCommand.Result {
    let name = String(line.prefix { $0 != " " && $0 != "\t" })
    let arguments = String(line.dropFirst(name.count))
    guard let meta = metaCommands.first(where: { $0.name == name }) else {
      throw Diagnostic(
        .name, id: "meta.unknown", "no meta-command named `\(name)`",
        span: SourceSpan(0, name.unicodeScalars.count), hint: "type :help to list them",
        suggestions: Suggest.closest(to: name, in: metaCommands.map(\.name)))
    }
    if meta.listsCommands { discoverPlugins() }
    let offset = line.unicodeScalars.count - arguments.unicodeScalars.count
    return try meta.run(self, try meta.arguments(arguments, offset: offset))
  }

  /// The value as printed; in the table format its notes follow it, in a machine format
  /// they go to stderr (`perform`), so stdout stays one valid document.
  private func render(_ out: CommandOutput, style: Style, width: Int) -> String {
    // A display (a card, worked steps) is for people; machine formats write the value itself.
    let shown = outputFormat.isMachine ? out.value : out.display ?? out.value
    var text: String
    if out.isData, !outputFormat.isMachine, out.display == nil, case .string(let data) = out.value {
      // `to csv` in the table view: the data exactly as written (a machine format writes
      // it as its own kind of string, e.g. a JSON string).
      text = data.isEmpty || data.hasSuffix("\n") ? data : data + "\n"
    } else {
      text = valueRenderer(style: style, width: width).render(shown)
    }
    if !outputFormat.isMachine {
      for note in out.notes { text += style.dim(TerminalText.visible(note)) + "\n" }
    }
    return text
  }

  var outputFormat: OutputFormat {
    OutputFormat(rawValue: context.settings.text("format") ?? "") ?? .table
  }

  func valueRenderer(style: Style, width: Int) -> ValueRenderer {
    ValueRenderer(
      format: outputFormat, width: width, maxRows: options.maxRows,
      valueFormat: context.valueFormat, style: style)
  }

  /// `options.width`, else the `width` setting when non-zero, else `terminal`, else 100.
  func tableWidth(terminal: Int?) -> Int {
    if let w = options.width { return w }
    if let w = context.settings.decimal("width"), w > 0 {
      return NSDecimalNumber(decimal: w).intValue
    }
    return terminal ?? 100
  }
}
