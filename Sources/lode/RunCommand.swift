import ArgumentParser
import Foundation
import LineEditor
import LodeQuery
import LodeSession
import LodeShell

import class LodeCore.Context

/// `lode run FILE|-`: replays a script (or a transcript's inputs) and prints what it prints.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Replay a lode script or transcript (FILE, or - for stdin).",
    discussion: """
      Stops at the first failing line unless --keep-going. Relative paths in the script \
      resolve against the script's folder. A script whose first line is \
      `#!/usr/bin/env -S lode run` runs as a program. Exit status 1 when a line failed.
      """)

  @ArgumentParser.Argument(help: "The script or transcript to replay; - reads stdin.")
  var file: String

  @Flag(name: .customLong("keep-going"), help: "Run every line even after a failure.")
  var keepGoing = false

  @Flag(help: "Print each input (as `lode> INPUT`) before its output.")
  var echo = false

  @OptionGroup var common: CommonOptions

  func run() throws {
    let cwd = FileManager.default.currentDirectoryPath
    // The script's own path resolves against the working directory; paths inside it
    // resolve against the script's folder.
    let path = file == "-" || file.hasPrefix("/") ? file : cwd + "/" + file
    let folder = file == "-" ? cwd : SessionFiles.folder(of: path)
    let shell = common.makeShell(baseDirectory: folder)
    shell.sink = { text, isError in isError ? Terminal.writeError(text) : Terminal.write(text) }
    for d in shell.startupDiagnostics {
      Terminal.writeError(DiagnosticRenderer(style: .plain).render(d, asWarning: true))
    }
    let replay = ScriptRunner(
      runner: shell, options: ReplayOptions(keepGoing: keepGoing, echo: echo),
      stack: shell.session.stack,
      output: { Terminal.write($0) })
    replay.isCancelled = { [context = shell.context] in context.isCancelled }
    replay.didRun = { shell.session.ran($0, outcome: $1) }
    replay.errorOutput = { Terminal.writeError($0) }
    let result = replay.run(path: path)
    for d in result.diagnostics { Terminal.writeError(DiagnosticRenderer(style: .plain).render(d)) }
    shell.shutdown()
    throw ExitCode(result.exitStatus)
  }
}
