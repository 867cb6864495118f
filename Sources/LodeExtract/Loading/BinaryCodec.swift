import Foundation
import LodeCore

/// A compact little binary format for the corpus cache: varints, length-prefixed UTF-8.
struct BinaryWriter {
  var bytes: [UInt8] = []

  mutating func int(_ v: Int) {
    var z = UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))
    while z >= 0x80 {
      bytes.append(UInt8(z & 0x7F) | 0x80)
      z >>= 7
    }
    bytes.append(UInt8(z))
  }

  mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

  mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { buf in
      int(buf.count)
      bytes.append(contentsOf: buf)
    }
  }

  mutating func optString(_ s: String?) {
    bool(s != nil)
    if let s { string(s) }
  }

  mutating func optInt(_ v: Int?) {
    bool(v != nil)
    if let v { int(v) }
  }

  mutating func decimal(_ d: Decimal) { string(d.description) }

  mutating func date(_ d: DateValue?) {
    bool(d != nil)
    guard let d else { return }
    int(d.year)
    optInt(d.month)
    optInt(d.day)
    optInt(d.week)
    string(d.precision.rawValue)
  }

  mutating func strings(_ list: [String]) {
    int(list.count)
    for s in list { string(s) }
  }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, and the cache is ignored.
struct BinaryReader {
  struct Corrupt: Error {}
  let bytes: [UInt8]
  var pos = 0
  /// Decimals repeat (confidences, common figures): parse each text once.
  var decimals: [String: Decimal] = [:]

  init(_ bytes: [UInt8], at pos: Int = 0) {
    self.bytes = bytes
    self.pos = pos
  }

  mutating func int() throws -> Int {
    var z: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard pos < bytes.count, shift < 64 else { throw Corrupt() }
      let b = bytes[pos]
      pos += 1
      z |= UInt64(b & 0x7F) << shift
      if b < 0x80 { break }
      shift += 7
    }
    let v = Int64(bitPattern: z)
    return Int((v >> 1) ^ -(v & 1))
  }

  mutating func bool() throws -> Bool {
    guard pos < bytes.count else { throw Corrupt() }
    pos += 1
    return bytes[pos - 1] != 0
  }

  mutating func string() throws -> String {
    let n = try int()
    guard n >= 0, pos + n <= bytes.count else { throw Corrupt() }
    defer { pos += n }
    return String(decoding: bytes[pos..<pos + n], as: UTF8.self)
  }

  mutating func optString() throws -> String? { try bool() ? try string() : nil }
  mutating func optInt() throws -> Int? { try bool() ? try int() : nil }

  mutating func decimal() throws -> Decimal {
    let text = try string()
    if let d = Self.fastDecimal(text) { return d }
    if let d = decimals[text] { return d }
    guard let d = Decimal(string: text) else { throw Corrupt() }
    decimals[text] = d
    return d
  }

  /// Plain decimals ("0.95", "500000000000", "-3") with at most 18 digits, without Foundation parsing.
  static func fastDecimal(_ text: String) -> Decimal? {
    var significand: UInt64 = 0
    var exponent = 0
    var digits = 0
    var point = false
    var negative = false
    for (i, b) in text.utf8.enumerated() {
      switch b {
      case 0x30...0x39:
        guard digits < 18 else { return nil }
        significand = significand * 10 + UInt64(b - 0x30)
        digits += 1
        if point { exponent -= 1 }
      case 0x2E where !point: point = true
      case 0x2D where i == 0: negative = true
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
  }

  mutating func date() throws -> DateValue? {
    guard try bool() else { return nil }
    let year = try int()
    let month = try optInt()
    let day = try optInt()
    let week = try optInt()
    guard let precision = DateValue.Precision(rawValue: try string()) else { throw Corrupt() }
    var d = week.map { DateValue(year: year, week: $0) } ?? DateValue(year: year, month: month, day: day)
    d.precision = precision
    return d
  }

  mutating func strings() throws -> [String] {
    let n = try int()
    guard n >= 0, n <= bytes.count - pos else { throw Corrupt() }
    return try (0..<n).map { _ in try string() }
  }
}
