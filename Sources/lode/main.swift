import ArgumentParser
import Foundation
import LineEditor

// Exit statuses: 0 success, 1 a command failed, 2 usage error (argument-parser's own
// usage status, 64, is mapped to 2 here).
var status: Int32 = 0
do {
  var command = try LodeCommand.parseAsRoot()
  try command.run()
} catch {
  let code = LodeCommand.exitCode(for: error)
  let message = LodeCommand.fullMessage(for: error)
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
exit(status)
