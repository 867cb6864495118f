import Foundation
import LodeCore
import LodePluginProtocol

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lode plugin in a few lines: register command handlers, then `serve()`.
///
/// ```swift
/// let plugin = LodePlugin(name: "hello")
/// plugin.command("greet") { call in .string("hello, \(call.string("name") ?? "world")") }
/// exit(plugin.serve())
/// ```
/// `serve()` guards stdout first: the protocol gets a private copy of fd 1 and fd 1
/// is pointed at stderr, so a stray `print` lands in lode's stderr tail instead of
/// corrupting the protocol. Handlers throw `PluginError` to blame an argument.
public final class LodePlugin {
  public typealias Handler = (PluginRequest) throws -> Value

  public let name: String
  public let features: [String]
  private var handlers: [String: Handler] = [:]

  public init(name: String, features: [String] = []) {
    self.name = name
    self.features = features
  }

  /// Registers the handler for `command` (the full name, e.g. `fx convert`).
  public func command(_ command: String, _ handler: @escaping Handler) {
    handlers[command] = handler
  }

  /// Answers the host until stdin closes or `shutdown` arrives; returns the exit code.
  public func serve() -> Int32 {
    let protocolOut = dup(STDOUT_FILENO)
    guard protocolOut >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else { return 70 }
    var buffer = LineBuffer(limit: 1 << 30)
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let line: [UInt8]?
      do {
        line = try buffer.nextLine()
      } catch {
        send(.error(PluginFailure(message: "request over \(error.limit) bytes")), to: protocolOut)
        return 65
      }
      if let line {
        guard let reply = answer(line) else { return 0 }
        guard send(reply, to: protocolOut) else { return 74 }
        continue
      }
      let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return 0 }
      chunk.withUnsafeBytes { buffer.append(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
    }
  }

  /// The reply to one request line; nil for `shutdown`.
  func answer(_ line: [UInt8]) -> PluginMessage? {
    let message: HostMessage
    do {
      message = try MessageCodec.decode(HostMessage.self, from: line)
    } catch {
      return .error(PluginFailure(message: "\(name) could not read a request: \(error.message)"))
    }
    switch message {
    case .shutdown:
      return nil
    case .hello(let hostVersion, _):
      let version = min(hostVersion, PluginProtocolVersion.current)
      return .hello(protocolVersion: version, plugin: name, features: features)
    case .call(let call):
      guard let handler = handlers[call.command] else {
        return .error(
          PluginFailure(id: call.id, message: "\(name) has no command `\(call.command)`"))
      }
      do {
        let value = try handler(PluginRequest(call))
        return .result(id: call.id, value: WireValue(value), notes: [])
      } catch let e as PluginError {
        return .error(
          PluginFailure(id: call.id, message: e.message, argument: e.argument, hint: e.hint))
      } catch {
        return .error(PluginFailure(id: call.id, message: "\(error)"))
      }
    }
  }

  @discardableResult
  private func send(_ message: PluginMessage, to fd: Int32) -> Bool {
    guard let bytes = try? MessageCodec.line(message) else { return false }
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes {
        write(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset)
      }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      offset += n
    }
    return true
  }
}
