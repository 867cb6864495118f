import Foundation
import LodeCore

/// JSON written straight into bytes, exactly as `JSONWriter` writes it (the same escapes,
/// numbers and objects): `lode extract` writes ten times its input in JSON, and appending
/// to a `String` scalar by scalar cost most of its time. Runs of bytes that need no escape
/// are copied whole; only the lead bytes of scalars `TerminalText.isActive` can name are decoded.
enum JSONBytes {
  static func value(_ v: Value, into out: inout [UInt8]) {
    switch v {
    case .string(let s): string(s, into: &out)
    case .null: out.append(contentsOf: [110, 117, 108, 108])
    case .number(let d): number(d, into: &out)
    default: out.append(contentsOf: JSONWriter.compact(v).utf8)
    }
  }

  /// A number as `JSONWriter.number` writes it; an integer (every count and offset)
  /// as digits straight from its mantissa.
  static func number(_ d: Decimal, into out: inout [UInt8]) {
    guard let (m, e) = DecimalLayout.parts(d), e == 0 else {
      out.append(contentsOf: JSONWriter.number(d).utf8)
      return
    }
    if m < 0 { out.append(45) }
    var v = m.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { b in
      var i = 20
      repeat {
        i -= 1
        b[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
        v /= 10
      } while v > 0
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<20]))
    }
  }

  static func string(_ s: String, into out: inout [UInt8]) {
    var s = s
    out.append(34)
    s.withUTF8 { b in
      let n = b.count
      var i = 0
      var run = 0
      while i < n {
        let c = b[i]
        if c >= 0x20, c < 0x7F, c != 34, c != 92 {
          i += 1
          continue
        }
        if c >= 0x80 {
          let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
          // Only scalars led by these bytes can be terminal-active (U+0080–9F, U+061C,
          // U+180E, U+200B–206F, U+FEFF, U+FFF9–FFFB).
          guard c == 0xC2 || c == 0xD8 || c == 0xE1 || c == 0xE2 || c == 0xEF, i + length <= n else {
            i += length
            continue
          }
          var scalar = UInt32(c) & (length == 2 ? 0x1F : 0x0F)
          for k in 1..<length { scalar = scalar << 6 | UInt32(b[i + k] & 0x3F) }
          guard let u = Unicode.Scalar(scalar), TerminalText.isActive(u) else {
            i += length
            continue
          }
          out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
          escape(scalar, into: &out)
          i += length
          run = i
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
        switch c {
        case 34: out.append(contentsOf: [92, 34])
        case 92: out.append(contentsOf: [92, 92])
        case 10: out.append(contentsOf: [92, 110])
        case 13: out.append(contentsOf: [92, 114])
        case 9: out.append(contentsOf: [92, 116])
        default: escape(UInt32(c), into: &out)
        }
        i += 1
        run = i
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<n]))
    }
    out.append(34)
  }

  /// `\u` and four lowercase hex digits.
  static func escape(_ v: UInt32, into out: inout [UInt8]) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    out.append(contentsOf: [92, 117])
    for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int(v >> UInt32(shift) & 0xF)]) }
  }
}
