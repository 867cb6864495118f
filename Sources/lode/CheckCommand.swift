import ArgumentParser
import Foundation
import LineEditor
import LodeSession
import LodeShell

/// `lode check FILE…`: replays transcripts and diffs their outputs against what they expect.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Replay transcripts and report every output that differs (exit 1).",
    discussion: """
      Each transcript runs in a fresh shell whose relative paths resolve against the \
      transcript's folder. Folders are searched for *.lode files. --update rewrites the \
      expected outputs in place instead of reporting them.
      """)

  @ArgumentParser.Argument(help: "Transcripts, or folders of *.lode transcripts.")
  var files: [String]

  @Flag(help: "Accept the new outputs: rewrite each transcript in place.")
  var update = false

  @OptionGroup var common: CommonOptions

  func run() throws {
    let checker = Checker(
      update: update,
      makeRunner: { folder in common.makeShell(baseDirectory: folder) },
      output: { Terminal.write($0) })
    let result = checker.check(paths: files)
    for d in result.diagnostics { Terminal.writeError(DiagnosticRenderer(style: .plain).render(d)) }
    throw ExitCode(result.exitStatus)
  }
}
