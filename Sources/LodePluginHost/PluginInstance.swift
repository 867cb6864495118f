import Foundation
import LodeCore
import LodePluginProtocol
import Synchronization

/// One discovered plugin: its manifest, and the process behind it, started on first call.
///
/// Calls are serialized by the connection lock. Any fault stops the process and records
/// the error; the next call starts a new one.
final class PluginInstance: Sendable {
  let manifest: PluginManifest
  let folder: String
  let lodeVersion: String
  private let connection = Mutex<Connection>(Connection())
  private let status: Mutex<PluginStatus>

  /// The live process and the next call id; only touched under the lock.
  struct Connection: ~Copyable {
    var process: PluginProcess?
    var nextID = 1
    var stderrVersionSeen = 0
  }

  init(manifest: PluginManifest, folder: String, lodeVersion: String) {
    self.manifest = manifest
    self.folder = folder
    self.lodeVersion = lodeVersion
    status = Mutex(
      PluginStatus(
        name: manifest.name, version: manifest.version,
        description: manifest.description ?? "", folder: folder,
        commands: manifest.commands.map(\.name), state: .notStarted))
  }

  var currentStatus: PluginStatus { status.withLock { $0 } }

  /// Runs `command` (its name as declared, whatever alias was typed); plugin faults
  /// become `plugin` Diagnostics.
  func call(
    _ command: String, _ invocation: Invocation, context: Context
  ) throws(Diagnostic)
    -> CommandOutput
  {
    let settings = context.settings
    func number(_ name: String, _ fallback: Double) -> Double {
      settings.decimal(name).map { NSDecimalNumber(decimal: $0).doubleValue } ?? fallback
    }
    let timeout = number("plugin.timeout", 10)
    let limit = Int(min(max(number("plugin.max_message", 16_777_216), 1024), 1e12))
    var call = PluginCall(
      id: 0, command: command,
      args: invocation.arguments.mapValues(WireValue.init),
      flags: invocation.flags.mapValues(WireValue.init),
      input: WireValue(invocation.input),
      settings: Dictionary(
        settings.all.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }))
    let outcome: Result<PluginMessage, FaultReport> = connection.withLock { conn in
      call.id = conn.nextID
      conn.nextID += 1
      do throws(PluginFault) {
        let deadline = timeout > 0 ? Date().addingTimeInterval(timeout) : nil
        if conn.process == nil {
          let process = try PluginProcess(
            argv: manifest.run, folder: folder, maxMessage: limit)
          conn.process = process
          status.withLock {
            $0.starts += 1
            $0.state = .running
            $0.stderrTail = []
          }
          try handshake(process, deadline: deadline, context: context)
        }
        guard let process = conn.process else { throw PluginFault.exited("not running") }
        process.maxMessage = limit
        let line = try process.exchange(
          try encode(HostMessage.call(call)), deadline: deadline
        ) { context.isCancelled }
        let message = try decode(line)
        switch message {
        case .result(let id, _, _):
          guard id == call.id else { throw PluginFault.wrongID(id, call.id) }
        case .error(let f):
          guard let id = f.id else { throw PluginFault.fatal(f.message) }
          guard id == call.id else { throw PluginFault.wrongID(id, call.id) }
        case .hello:
          throw PluginFault.violation("sent `hello` again instead of answering call \(call.id)")
        }
        process.drainStderr(seconds: 0)
        if process.stderr.version != conn.stderrVersionSeen {
          conn.stderrVersionSeen = process.stderr.version
          let tail = process.stderr.lastLines()
          status.withLock { $0.stderrTail = tail }
        }
        return .success(message)
      } catch {
        var fault = error
        if case .timeout = fault { fault = .timeout(timeout) }
        conn.process?.drainStderr()
        let tail = conn.process?.stderr.lastLines() ?? []
        conn.process?.terminate()
        conn.process = nil
        conn.stderrVersionSeen = 0
        status.withLock { $0.stderrTail = tail }
        return .failure(FaultReport(fault: fault, stderr: tail))
      }
    }
    switch outcome {
    case .success(.error(let f)):
      let kind: Diagnostic.Kind = f.argument == nil ? .runtime : .argument
      throw invocation.error("plugin.error", f.message, at: f.argument, hint: f.hint, kind: kind)
    case .success(.result(_, let value, let notes)):
      return CommandOutput(value.value, notes: notes)
    case .success:
      throw Diagnostic(.plugin, id: "plugin.protocolViolation", "unexpected message")
    case .failure(let report):
      let diagnostic = report.fault.diagnostic(
        plugin: manifest.name, command: command, stderr: report.stderr,
        span: invocation.span)
      status.withLock {
        if case .cancelled = report.fault {
          $0.state = .notStarted
        } else {
          $0.state = .crashed(lastError: diagnostic.message)
        }
      }
      throw diagnostic
    }
  }

  /// A fault with the last lines of stderr captured before the process was stopped.
  struct FaultReport: Error {
    var fault: PluginFault
    var stderr: [String]
  }

  /// The hello exchange: lode's version out, the plugin's accepted version back.
  private func handshake(
    _ process: PluginProcess, deadline: Date?, context: Context
  )
    throws(PluginFault)
  {
    let hello = HostMessage.hello(protocolVersion: PluginProtocolVersion.current, lode: lodeVersion)
    let line = try process.exchange(try encode(hello), deadline: deadline) { context.isCancelled }
    switch try decode(line) {
    case .hello(let version, _, _):
      guard PluginProtocolVersion.accepted.contains(version) else {
        throw PluginFault.version(version)
      }
    case .error(let f): throw PluginFault.fatal(f.message)
    case .result: throw PluginFault.violation("answered `hello` with a result")
    }
  }

  private func encode(_ message: HostMessage) throws(PluginFault) -> [UInt8] {
    do {
      return try MessageCodec.line(message)
    } catch {
      throw PluginFault.violation(error.message)
    }
  }

  private func decode(_ line: [UInt8]) throws(PluginFault) -> PluginMessage {
    do {
      return try MessageCodec.decode(PluginMessage.self, from: line)
    } catch {
      throw PluginFault.badOutput(error.message)
    }
  }

  /// Stops the process politely (shutdown message, then kill after `grace` seconds).
  func shutdown(grace: Double = 1) {
    connection.withLock { conn in
      conn.process?.stop(grace: grace)
      conn.process = nil
    }
    status.withLock { $0.state = .notStarted }
  }
}
