import Foundation
import LodeCore
import LodePluginProtocol

/// One call as a Swift plugin sees it: command, arguments, flags, input and settings.
public struct PluginRequest: Sendable {
  public var command: String
  public var arguments: [String: Value]
  public var flags: [String: Value]
  public var input: Value
  /// lode's settings in effect, as text (`fx.EUR` → `1.08`).
  public var settings: [String: String]

  public init(_ call: PluginCall) {
    command = call.command
    arguments = call.args.mapValues(\.value)
    flags = call.flags.mapValues(\.value)
    input = call.input.value
    settings = call.settings
  }

  public subscript(_ name: String) -> Value? { arguments[name] }

  /// A word or string argument.
  public func string(_ name: String) -> String? { arguments[name]?.stringValue }

  /// True when the switch `--name` was given.
  public func flag(_ name: String) -> Bool { flags[name]?.boolValue ?? (flags[name] != nil) }

  /// A numeric setting such as `fx.EUR`.
  public func setting(_ name: String) -> Decimal? { settings[name].flatMap(ExactDecimal.parse) }
}

/// An error a handler throws: the message, the parameter to blame, and a hint.
///
/// `throw PluginError("no rate for `XYZ`", argument: "currency", hint: "set one with :set fx.XYZ 1.2")`
/// makes lode underline the CURRENCY argument and print the hint.
public struct PluginError: Error, Sendable {
  public var message: String
  public var argument: String?
  public var hint: String?

  public init(_ message: String, argument: String? = nil, hint: String? = nil) {
    self.message = message
    self.argument = argument
    self.hint = hint
  }
}
