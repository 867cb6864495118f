import ArgumentParser
import Foundation
import LodeShell

/// Options shared by `run` and `check`: which documents, which format.
struct CommonOptions: ParsableArguments {
  @Option(help: "Output format: table, json, csv or md.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Load the documents in DIR instead of the bundled seed articles.", valueName: "dir"))
  var seeds: String?

  func makeShell(baseDirectory: String) -> Shell {
    let environment = ProcessInfo.processInfo.environment
    return Shell(
      options: ShellOptions(
        format: format, color: false, seeds: seeds,
        pluginPaths: ProjectFolders.pluginSearchPaths(environment: environment),
        baseDirectory: baseDirectory))
  }
}
