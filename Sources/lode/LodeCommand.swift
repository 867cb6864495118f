import ArgumentParser
import Foundation
import LineEditor
import LodeShell

/// `lode`: the interactive shell, or `lode -c LINE` to run one line; subcommands (`run`,
/// `check`) hang off this root command and leave the bare and `-c` forms unchanged.
struct LodeCommand: ParsableCommand {
  static let version = ShellOptions.version

  static let configuration = CommandConfiguration(
    commandName: "lode",
    abstract: "A terminal analysis shell for news about Ukraine's mineral wealth.",
    discussion: """
      Without -c, lode reads lines interactively (libedit: history, Tab completion, Ctrl-R) \
      or, when stdin is not a terminal, plainly from stdin. Exit status: 0 success, \
      1 a command failed, 2 usage error.
      """,
    version: "lode \(version)",
    subcommands: [RunCommand.self, CheckCommand.self, ExtractCommand.self, SQLCommand.self])

  @Option(
    name: .customShort("c"), parsing: .unconditional,
    help: ArgumentHelp("Run one line, print its output and exit.", valueName: "line"))
  var line: String?

  /// `--format` and `--seeds`, shared with `run` and `check` as one option group: an
  /// option declared separately on both would be taken by this root command and ignored
  /// by the subcommand (`lode run --format json` printed tables).
  @OptionGroup var common: CommonOptions

  @Flag(name: .customLong("no-color"), help: "Never colour the output (also: NO_COLOR=1).")
  var noColor = false

  func run() throws {
    throw ExitCode(
      Self.start(
        line: line, format: common.format, noColor: noColor, seeds: common.seeds,
        trustPlugins: common.trustPlugins))
  }

  /// Runs the shell as the parsed options ask and returns the exit status; `main` calls it
  /// directly for the plain `lode -c LINE` form, sparing argument-parser's start-up.
  static func start(
    line: String?, format: OutputFormat, noColor: Bool, seeds: String?, trustPlugins: Bool = false
  ) -> Int32 {
    let environment = StartEnvironment.read()
    let interactive = line == nil && Terminal.isTTY(0)
    let color = Style.shouldColor(
      stdoutIsTTY: Terminal.isTTY(1) && (line != nil || Terminal.isTTY(0)),
      environment: environment, disabled: noColor)
    var options = ShellOptions(
      format: format, color: color, seeds: seeds,
      pluginPaths: ProjectFolders.pluginSearchPaths(environment: environment),
      journal: interactive)
    options.pluginTrust = ProjectFolders.pluginTrust(environment: environment, trustAll: trustPlugins)
    options.progress = Terminal.isTTY(2)
    if environment["LODE_NO_CACHE"] == nil {
      options.cacheFolder = ShellOptions.defaultCacheFolder(environment: environment)
    }
    let shell = Shell(options: options)
    if let line {
      // Exit here, holding the shell: returning would first free the whole corpus (millions
      // of rows after a large --seeds), work the operating system does at once at exit.
      Foundation.exit(Terminal.finish(shell.runOnce(line)))
    }
    let reader = InteractiveReader.make(
      terminal: interactive, historyPath: HistoryStore.defaultPath(environment: environment),
      style: Style(enabled: color))
    return shell.runInteractive(reader: reader)
  }
}

extension OutputFormat: ExpressibleByArgument {}
