/// A parsed JSON document, just enough to read a `plugin.json` without `JSONDecoder`.
///
/// Foundation's decoder spent ~3M instructions on the two example manifests (generic
/// containers instantiated at run time); this parser and `PluginManifest.read` do the same
/// work in a small fraction of that, which `help`, `:help`, Tab and plugin lines pay.
enum ManifestJSON {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([ManifestJSON])
  /// Members in document order; a repeated key keeps its last value when looked up.
  case object([(String, ManifestJSON)])

  /// The value of `key` in an object (the last one when repeated); nil otherwise.
  subscript(key: String) -> ManifestJSON? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.0 == key }?.1
  }

  /// Parses a whole document; nil when it is not valid JSON (or nests deeper than 100).
  static func parse(_ bytes: [UInt8]) -> ManifestJSON? {
    var parser = Parser(bytes: bytes)
    guard let value = parser.value(depth: 0) else { return nil }
    parser.skipBlanks()
    return parser.at == bytes.count ? value : nil
  }

  private struct Parser {
    let bytes: [UInt8]
    var at = 0

    mutating func skipBlanks() {
      while at < bytes.count {
        let b = bytes[at]
        guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
        at += 1
      }
    }

    mutating func value(depth: Int) -> ManifestJSON? {
      guard depth < 100 else { return nil }
      skipBlanks()
      guard at < bytes.count else { return nil }
      switch bytes[at] {
      case UInt8(ascii: "{"): return object(depth: depth)
      case UInt8(ascii: "["): return array(depth: depth)
      case UInt8(ascii: "\""): return string().map(ManifestJSON.string)
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "n"): return literal("null", .null)
      default: return number()
      }
    }

    mutating func literal(_ word: StaticString, _ value: ManifestJSON) -> ManifestJSON? {
      let n = word.utf8CodeUnitCount
      guard at + n <= bytes.count else { return nil }
      for i in 0..<n where bytes[at + i] != word.utf8Start[i] { return nil }
      at += n
      return value
    }

    mutating func object(depth: Int) -> ManifestJSON? {
      at += 1
      var members: [(String, ManifestJSON)] = []
      skipBlanks()
      if at < bytes.count, bytes[at] == UInt8(ascii: "}") {
        at += 1
        return .object(members)
      }
      while true {
        skipBlanks()
        guard at < bytes.count, bytes[at] == UInt8(ascii: "\""), let key = string() else { return nil }
        skipBlanks()
        guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else { return nil }
        at += 1
        guard let v = value(depth: depth + 1) else { return nil }
        members.append((key, v))
        skipBlanks()
        guard at < bytes.count else { return nil }
        at += 1
        if bytes[at - 1] == UInt8(ascii: "}") { return .object(members) }
        guard bytes[at - 1] == UInt8(ascii: ",") else { return nil }
      }
    }

    mutating func array(depth: Int) -> ManifestJSON? {
      at += 1
      var items: [ManifestJSON] = []
      skipBlanks()
      if at < bytes.count, bytes[at] == UInt8(ascii: "]") {
        at += 1
        return .array(items)
      }
      while true {
        guard let v = value(depth: depth + 1) else { return nil }
        items.append(v)
        skipBlanks()
        guard at < bytes.count else { return nil }
        at += 1
        if bytes[at - 1] == UInt8(ascii: "]") { return .array(items) }
        guard bytes[at - 1] == UInt8(ascii: ",") else { return nil }
      }
    }

    /// A string starting at the opening quote; nil on a bad escape, a raw control
    /// character, invalid UTF-8 or a missing closing quote.
    mutating func string() -> String? {
      at += 1
      // Most strings hold no escape: take the bytes up to the closing quote as they are.
      var end = at
      while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"),
        bytes[end] >= 0x20
      {
        end += 1
      }
      if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
        defer { at = end + 1 }
        return String(validating: bytes[at..<end], as: UTF8.self)
      }
      var out: [UInt8] = []
      while at < bytes.count {
        let b = bytes[at]
        at += 1
        switch b {
        case UInt8(ascii: "\""):
          return String(validating: out, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard at < bytes.count else { return nil }
          let e = bytes[at]
          at += 1
          switch e {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "u"):
            guard let scalar = unicodeEscape() else { return nil }
            out += Array(String(Character(scalar)).utf8)
          default: return nil
          }
        case 0..<0x20:
          return nil
        default:
          out.append(b)
        }
      }
      return nil
    }

    /// The scalar of `XXXX` after `\u` (a surrogate pair takes a second `\uXXXX`).
    mutating func unicodeEscape() -> Unicode.Scalar? {
      guard let high = hex4() else { return nil }
      if (0xD800..<0xDC00).contains(high) {
        guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u")
        else { return nil }
        at += 2
        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
      }
      return Unicode.Scalar(high)
    }

    mutating func hex4() -> UInt32? {
      guard at + 4 <= bytes.count else { return nil }
      var v: UInt32 = 0
      for b in bytes[at..<(at + 4)] {
        guard let d = hexDigit(b) else { return nil }
        v = v << 4 | d
      }
      at += 4
      return v
    }

    func hexDigit(_ b: UInt8) -> UInt32? {
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
      default: nil
      }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, as a Double.
    mutating func number() -> ManifestJSON? {
      let start = at
      func digits() -> Int {
        let from = at
        while at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) { at += 1 }
        return at - from
      }
      if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
      let intStart = at
      let n = digits()
      guard n > 0, n == 1 || bytes[intStart] != UInt8(ascii: "0") else { return nil }
      if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
        at += 1
        guard digits() > 0 else { return nil }
      }
      if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
        at += 1
        if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
        guard digits() > 0 else { return nil }
      }
      let text = String(decoding: bytes[start..<at], as: UTF8.self)
      return Double(text).map(ManifestJSON.number)
    }
  }
}
