import LodeCore

/// What a plugin sends lode: its `hello`, then one `result` or `error` per call.
///
/// ```
/// {"type":"hello","protocol":1,"plugin":"lexicon","features":[]}
/// {"type":"result","id":1,"value":{"type":"number","value":"0.25"}}
/// {"type":"error","id":1,"message":"no column `text`","argument":"field","hint":"…"}
/// ```
/// An `error` without an `id` is a fatal error of the plugin itself (e.g. a missing
/// dependency found at startup); lode reports it and restarts the plugin next time.
public enum PluginMessage: Codable, Hashable, Sendable {
  case hello(protocolVersion: Int, plugin: String, features: [String])
  case result(id: Int, value: WireValue, notes: [String])
  case error(PluginFailure)

  enum Key: String, CodingKey { case type, `protocol`, plugin, features, id, value, notes }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    switch self {
    case .hello(let version, let plugin, let features):
      try c.encode("hello", forKey: .type)
      try c.encode(version, forKey: .protocol)
      try c.encode(plugin, forKey: .plugin)
      try c.encode(features, forKey: .features)
    case .result(let id, let value, let notes):
      try c.encode("result", forKey: .type)
      try c.encode(id, forKey: .id)
      try c.encode(value, forKey: .value)
      if !notes.isEmpty { try c.encode(notes, forKey: .notes) }
    case .error(let failure):
      try failure.encode(to: encoder)
    }
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    let type = try c.decode(String.self, forKey: .type)
    switch type {
    case "hello":
      self = .hello(
        protocolVersion: try c.decode(Int.self, forKey: .protocol),
        plugin: try c.decodeIfPresent(String.self, forKey: .plugin) ?? "",
        features: try c.decodeIfPresent([String].self, forKey: .features) ?? [])
    case "result":
      self = .result(
        id: try c.decode(Int.self, forKey: .id),
        value: try c.decodeIfPresent(WireValue.self, forKey: .value) ?? WireValue(.null),
        notes: try c.decodeIfPresent([String].self, forKey: .notes) ?? [])
    case "error": self = .error(try PluginFailure(from: decoder))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: c, debugDescription: "unknown message type `\(type)`")
    }
  }
}

/// A command error reported by the plugin: message, the parameter to blame, and a hint.
public struct PluginFailure: Error, Codable, Hashable, Sendable {
  /// The call it answers; nil for a fatal error of the plugin itself.
  public var id: Int?
  public var message: String
  /// The parameter name whose argument is at fault; lode underlines it.
  public var argument: String?
  public var hint: String?

  public init(id: Int? = nil, message: String, argument: String? = nil, hint: String? = nil) {
    self.id = id
    self.message = message
    self.argument = argument
    self.hint = hint
  }

  enum Key: String, CodingKey { case type, id, message, argument, hint }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    try c.encode("error", forKey: .type)
    try c.encodeIfPresent(id, forKey: .id)
    try c.encode(message, forKey: .message)
    try c.encodeIfPresent(argument, forKey: .argument)
    try c.encodeIfPresent(hint, forKey: .hint)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    id = try c.decodeIfPresent(Int.self, forKey: .id)
    message = try c.decode(String.self, forKey: .message)
    argument = try c.decodeIfPresent(String.self, forKey: .argument)
    hint = try c.decodeIfPresent(String.self, forKey: .hint)
  }
}
