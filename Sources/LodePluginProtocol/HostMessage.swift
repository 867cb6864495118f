import LodeCore

/// What lode sends a plugin: `hello` once, then `call`s, then `shutdown`.
///
/// One JSON object per line on the plugin's stdin, tagged by `type`:
/// ```
/// {"lode":"0.1.0","protocol":1,"type":"hello"}
/// {"args":{…},"command":"tone","flags":{},"id":1,"input":{…},"settings":{…},"type":"call"}
/// {"type":"shutdown"}
/// ```
public enum HostMessage: Codable, Hashable, Sendable {
  case hello(protocolVersion: Int, lode: String)
  case call(PluginCall)
  case shutdown

  enum Key: String, CodingKey { case type, `protocol`, lode }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .hello(let version, let lode):
      var c = encoder.container(keyedBy: Key.self)
      try c.encode("hello", forKey: .type)
      try c.encode(version, forKey: .protocol)
      try c.encode(lode, forKey: .lode)
    case .call(let call):
      try call.encode(to: encoder)
    case .shutdown:
      var c = encoder.container(keyedBy: Key.self)
      try c.encode("shutdown", forKey: .type)
    }
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    let type = try c.decode(String.self, forKey: .type)
    switch type {
    case "hello":
      self = .hello(
        protocolVersion: try c.decode(Int.self, forKey: .protocol),
        lode: try c.decodeIfPresent(String.self, forKey: .lode) ?? "")
    case "call": self = .call(try PluginCall(from: decoder))
    case "shutdown": self = .shutdown
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: c, debugDescription: "unknown host message type `\(type)`")
    }
  }
}

/// One command call: the id the answer must carry, the command, its checked arguments,
/// flags, the value flowing in, and the settings in effect (`fx.EUR`, `format`, …).
public struct PluginCall: Codable, Hashable, Sendable {
  public var id: Int
  public var command: String
  public var args: [String: WireValue]
  public var flags: [String: WireValue]
  public var input: WireValue
  public var settings: [String: String]

  public init(
    id: Int, command: String, args: [String: WireValue] = [:], flags: [String: WireValue] = [:],
    input: WireValue = WireValue(.null), settings: [String: String] = [:]
  ) {
    self.id = id
    self.command = command
    self.args = args
    self.flags = flags
    self.input = input
    self.settings = settings
  }

  enum Key: String, CodingKey { case type, id, command, args, flags, input, settings }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    try c.encode("call", forKey: .type)
    try c.encode(id, forKey: .id)
    try c.encode(command, forKey: .command)
    try c.encode(args, forKey: .args)
    try c.encode(flags, forKey: .flags)
    try c.encode(input, forKey: .input)
    try c.encode(settings, forKey: .settings)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    id = try c.decode(Int.self, forKey: .id)
    command = try c.decode(String.self, forKey: .command)
    args = try c.decodeIfPresent([String: WireValue].self, forKey: .args) ?? [:]
    flags = try c.decodeIfPresent([String: WireValue].self, forKey: .flags) ?? [:]
    input = try c.decodeIfPresent(WireValue.self, forKey: .input) ?? WireValue(.null)
    settings = try c.decodeIfPresent([String: String].self, forKey: .settings) ?? [:]
  }
}
