import ArgumentParser
import Foundation
import LodeShell

/// Options shared by `lode`, `run` and `check`: which documents, which format. The root
/// command and the subcommands declare this same group, so a value given after `run`
/// reaches `run`.
struct CommonOptions: ParsableArguments {
  @Option(help: "Output format: table, json, jsonl, csv or md.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Load the documents in DIR (or the article JSON lines of FILE.jsonl) instead of the bundled seed articles.",
      valueName: "dir"))
  var seeds: String?

  @Flag(
    name: .customLong("trust-plugins"),
    help: "Run plugins found through the working directory's plugins/ without asking.")
  var trustPlugins = false

  func validate() throws {
    if let seeds, !FileManager.default.fileExists(atPath: seeds) {
      throw ValidationError("--seeds: no such file or folder: \(seeds)")
    }
  }

  func makeShell(baseDirectory: String) -> Shell {
    let environment = ProcessInfo.processInfo.environment
    var options = ShellOptions(
      format: format, color: false, seeds: seeds,
      pluginPaths: ProjectFolders.pluginSearchPaths(environment: environment),
      baseDirectory: baseDirectory)
    options.pluginTrust = ProjectFolders.pluginTrust(environment: environment, trustAll: trustPlugins)
    // `lode run` and `lode check` load through the same per-file cache as the shell.
    if environment["LODE_NO_CACHE"] == nil {
      options.cacheFolder = ShellOptions.defaultCacheFolder(environment: environment)
    }
    return Shell(options: options)
  }
}
