import ArgumentParser
import Foundation
import LineEditor
import LodeCore
import LodeShell

// Exit statuses: 0 success, 1 a command failed, 2 usage error (argument-parser's own
// usage status, 64, is mapped to 2 here).
//
// The two commonest forms, bare `lode` and `lode -c LINE`, skip argument-parser: building
// its command tree by reflection costs more than the rest of start-up. Anything else
// (options, subcommands) goes through the parser as before. Every exit goes through
// `Terminal.finish`, which turns an output that could not be written into status 1.
Terminal.guardStandardStreams()
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty {
  exit(Terminal.finish(LodeCommand.start(line: nil, format: .table, noColor: false, seeds: nil)))
}
if arguments.count == 2, arguments[0] == "-c" {
  exit(Terminal.finish(LodeCommand.start(line: arguments[1], format: .table, noColor: false, seeds: nil)))
}

var status: Int32 = 0
do {
  var command = try LodeCommand.parseAsRoot()
  try command.run()
} catch {
  let code = LodeCommand.exitCode(for: error)
  // Argument-parser quotes what was typed: shown, never obeyed, like every other message.
  let message = TerminalText.visible(LodeCommand.fullMessage(for: error))
  if code == .success {
    if !message.isEmpty { Terminal.write(message + "\n") }
  } else if code == .validationFailure {
    Terminal.writeError(message + "\n")
    status = 2
  } else {
    if !message.isEmpty { Terminal.writeError(message + "\n") }
    status = code.rawValue
  }
}
exit(Terminal.finish(status))
