import Foundation
import LodeCore
import LodePluginProtocol

/// Everything that can go wrong talking to a plugin process, before it becomes a Diagnostic.
///
/// Every fault but `failed` stops the process; the next call starts a fresh one.
enum PluginFault: Error {
  /// The program could not be started (not found, not executable).
  case cannotStart(String)
  /// stdout closed: the process exited or crashed. Text says how (`exit status 1`).
  case exited(String)
  /// No answer within the timeout, in seconds.
  case timeout(Double)
  /// A line that is not a protocol message (not JSON, not UTF-8, unknown type…).
  case badOutput(String)
  /// One line longer than the limit, in bytes.
  case oversized(Int)
  /// The plugin's hello named a protocol version lode does not accept.
  case version(Int)
  /// A valid message at the wrong moment (wrong id, result before hello…).
  case violation(String)
  /// An answer carrying another call's id.
  case wrongID(Int, Int)
  /// Ctrl-C while waiting.
  case cancelled
  /// The plugin reported a fatal error (an `error` without an id).
  case fatal(String)

  var id: String {
    switch self {
    case .cannotStart: "plugin.cannotStart"
    case .exited: "plugin.crashed"
    case .timeout: "plugin.timeout"
    case .badOutput: "plugin.badOutput"
    case .oversized: "plugin.oversized"
    case .version: "plugin.version"
    case .violation, .wrongID: "plugin.protocolViolation"
    case .cancelled: "command.cancelled"
    case .fatal: "plugin.fatal"
    }
  }

  /// The Diagnostic shown for this fault, naming the plugin and the command.
  func diagnostic(
    plugin: String, command: String?, stderr: [String], span: SourceSpan?
  )
    -> Diagnostic
  {
    let during = command.map { " during `\($0)`" } ?? " while starting"
    let notes = stderr.isEmpty ? [] : ["last lines of its stderr:"] + stderr.map { "  " + $0 }
    let restart = "lode restarts the plugin on the next call"
    // A span points at the command in the typed line; only without one is the plugin
    // itself the place to show.
    let source = span == nil ? "plugin:\(plugin)" : nil
    func make(_ message: String, hint: String = restart) -> Diagnostic {
      Diagnostic(.plugin, id: id, message, span: span, hint: hint, source: source, notes: notes)
    }
    switch self {
    case .cannotStart(let why):
      return make("plugin `\(plugin)` cannot start: \(why)", hint: "check `run` in its plugin.json")
    case .exited(let how):
      return make("plugin `\(plugin)` stopped\(during) (\(how))")
    case .timeout(let seconds):
      return make(
        "plugin `\(plugin)` did not answer within \(Value.plain(Decimal(seconds)))s\(during); it was stopped",
        hint: "raise the limit with `:set plugin.timeout SECONDS`; \(restart)")
    case .badOutput(let what):
      return make("plugin `\(plugin)` wrote \(what) on stdout\(during); it was stopped")
    case .oversized(let limit):
      return make(
        "plugin `\(plugin)` sent a message over \(limit) bytes\(during); it was stopped",
        hint: "raise the limit with `:set plugin.max_message BYTES`; \(restart)")
    case .version(let v):
      return make(
        "plugin `\(plugin)` speaks protocol \(v); this lode speaks \(PluginProtocolVersion.acceptedText)",
        hint: "update the plugin or lode (see plugins/PROTOCOL.md)")
    case .violation(let what):
      return make("plugin `\(plugin)` broke the protocol\(during): \(what); it was stopped")
    case .wrongID(let got, let expected):
      return make(
        "plugin `\(plugin)` broke the protocol\(during): it answered call \(got) while lode waited for call \(expected); it was stopped"
      )
    case .cancelled:
      return Diagnostic(
        .runtime, id: id, "cancelled; plugin `\(plugin)` was stopped", span: span,
        hint: restart, source: source)
    case .fatal(let message):
      return make("plugin `\(plugin)` failed\(during): \(message)")
    }
  }
}
