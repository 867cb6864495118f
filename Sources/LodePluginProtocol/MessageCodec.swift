import Foundation

/// JSON-lines framing: one message is one line of UTF-8 JSON ending in `\n`.
///
/// Encoding sorts keys so the bytes are deterministic; JSON strings never hold a raw
/// newline, so a line break always ends a message.
public enum MessageCodec {
  /// The message as one line, newline included.
  public static func line(_ message: some Encodable) throws(ProtocolError) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      var bytes = [UInt8](try encoder.encode(message))
      bytes.append(UInt8(ascii: "\n"))
      return bytes
    } catch {
      throw ProtocolError("cannot encode message: \(DecodingProblem.describe(error))")
    }
  }

  /// Decodes one line (without its newline) as `T`, with a one-line reason on failure.
  public static func decode<T: Decodable>(
    _ type: T.Type, from line: [UInt8]
  ) throws(ProtocolError)
    -> T
  {
    guard String(validating: line, as: UTF8.self) != nil else {
      throw ProtocolError("a line that is not UTF-8 text: \(preview(line))")
    }
    do {
      return try JSONDecoder().decode(T.self, from: Data(line))
    } catch {
      if case DecodingError.dataCorrupted(let ctx) = error, ctx.codingPath.isEmpty {
        throw ProtocolError("a line that is not JSON: \(preview(line))")
      }
      throw ProtocolError(
        "a malformed message (\(DecodingProblem.describe(error))): \(preview(line))")
    }
  }

  /// The start of a line, printable, for error messages: at most 80 characters, quoted.
  public static func preview(_ line: [UInt8]) -> String {
    let text = String(decoding: line.prefix(400), as: UTF8.self)
    let clean = String(
      text.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "·" : Character($0) })
    let cut = clean.count > 80 ? String(clean.prefix(80)) + "…" : clean
    return "`\(cut)`"
  }
}

/// Turns a `DecodingError` into one line naming the JSON path: `missing "commands[0].summary"`.
public enum DecodingProblem {
  public static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    switch error {
    case .keyNotFound(let key, let ctx):
      return "missing `\(path(ctx.codingPath + [key]))`"
    case .typeMismatch(let type, let ctx):
      return "`\(path(ctx.codingPath))` should be \(article(type))"
    case .valueNotFound(let type, let ctx):
      return "`\(path(ctx.codingPath))` is null, expected \(article(type))"
    case .dataCorrupted(let ctx):
      if ctx.codingPath.isEmpty { return "not valid JSON" }
      return "`\(path(ctx.codingPath))`: \(ctx.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }

  /// `commands[0].parameters[1].shape`.
  public static func path(_ keys: [any CodingKey]) -> String {
    var s = ""
    for k in keys {
      if let i = k.intValue {
        s += "[\(i)]"
      } else {
        s += (s.isEmpty ? "" : ".") + k.stringValue
      }
    }
    return s.isEmpty ? "(top level)" : s
  }

  private static func article(_ type: Any.Type) -> String {
    switch "\(type)" {
    case "String": "a string"
    case "Int", "Double", "Decimal": "a number"
    case "Bool": "true or false"
    case let t where t.hasPrefix("Array"): "an array"
    case let t where t.hasPrefix("Dictionary"): "an object"
    default: "an object"
    }
  }
}
