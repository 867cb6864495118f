import Foundation
import LodeTestSupport
import Testing

/// Shared plumbing for the end-to-end suites: the built binary, the repository root,
/// one-shot runs with pipes and interactive runs on a pseudo-terminal, each in its own
/// temporary HOME.
enum EndToEnd {
  /// The repository checkout these tests were built from.
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  static func binary() throws -> String {
    try #require(LodeBinary.path, "the lode binary is built next to the tests")
  }

  /// Runs `lode ARGUMENTS` with `input` on stdin in `home`'s environment plus `extra`.
  static func lode(
    _ arguments: [String], input: String = "", home: TemporaryDirectory,
    extra: [String: String] = [:]
  ) throws -> CommandResult {
    try CommandResult.run(
      binary(), arguments, input: input, environment: home.environment(extra: extra))
  }

  /// Starts the interactive shell on a pseudo-terminal and waits for its first prompt.
  static func shell(
    home: TemporaryDirectory, extra: [String: String] = [:]
  ) throws
    -> PseudoTerminal
  {
    let pty = try PseudoTerminal(executable: binary(), environment: home.environment(extra: extra))
    #expect(pty.waitForPrompt(timeout: 60).hasSuffix("lode> "), "the shell starts")
    return pty
  }
}

extension PseudoTerminal {
  /// Types `line` and Enter, waits for the next prompt, and returns what the line printed:
  /// the text between the echoed input and the prompt, with `\r\n` turned into `\n`.
  func enter(_ line: String, timeout: Double = 60) -> String {
    type(line + "\r")
    var text = waitForPrompt(timeout: timeout).replacingOccurrences(of: "\r\n", with: "\n")
    if let echoEnd = text.firstIndex(of: "\n") {
      text = String(text[text.index(after: echoEnd)...])
    }
    if text.hasSuffix("lode> ") { text.removeLast("lode> ".count) }
    return text
  }

  /// Leaves with Ctrl-D and returns the exit status.
  func quit() -> Int32? {
    type("\u{04}")
    return waitForExit(timeout: 60)
  }
}
