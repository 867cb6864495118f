/// A message that could not be read or written as protocol JSON, with a one-line reason.
///
/// The host turns it into a `plugin` Diagnostic naming the plugin; the SDK answers
/// the host with an `error` message built from it.
public struct ProtocolError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
