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
    subcommands: [RunCommand.self, CheckCommand.self])

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run one line, print its output and exit.", valueName: "line"))
  var line: String?

  /// `--format` and `--seeds`, shared with `run` and `check` as one option group: an
  /// option declared separately on both would be taken by this root command and ignored
  /// by the subcommand (`lode run --format json` printed tables).
  @OptionGroup var common: CommonOptions

  @Flag(name: .customLong("no-color"), help: "Never colour the output (also: NO_COLOR=1).")
  var noColor = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let interactive = line == nil && Terminal.isTTY(0)
    let color = Style.shouldColor(
      stdoutIsTTY: Terminal.isTTY(1) && (line != nil || Terminal.isTTY(0)),
      environment: environment, disabled: noColor)
    let shell = Shell(
      options: ShellOptions(
        format: common.format, color: color, seeds: common.seeds,
        pluginPaths: ProjectFolders.pluginSearchPaths(environment: environment),
        journal: line == nil))
    if let line {
      throw ExitCode(shell.runOnce(line))
    }
    var reader: any LineReader = PlainReader()
    if interactive,
      let editor = LibEditReader(historyPath: HistoryStore.defaultPath(environment: environment))
    {
      reader = editor
    }
    throw ExitCode(shell.runInteractive(reader: reader))
  }
}

extension OutputFormat: ExpressibleByArgument {}
