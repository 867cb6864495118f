import Foundation
import LodeCore
import Testing

@testable import LodeExport

/// `lode extract` writes JSON through its own byte writer: it must write exactly what
/// `JSONWriter` (the `--format json` contract) writes, escapes and numbers included.
@Suite struct JSONBytesTests {
  func bytes(_ v: Value) -> String {
    var out: [UInt8] = []
    JSONBytes.value(v, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  @Test func stringsAreEscapedExactlyAsJSONWriterEscapesThem() {
    let strings = [
      "", "plain", "quote \" and \\ backslash", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}\u{7F}",
      "€40 million — “quoted”",
      "bidi \u{202E}evil\u{202C} zero\u{200B}width \u{FEFF} \u{061C} \u{180E} \u{2066} \u{FFF9}",
      "C1 \u{85}\u{9F} é ü ß",
      "emoji 🇺🇦 𝔘", "ends with escape\n",
    ]
    for s in strings { #expect(bytes(.string(s)) == JSONWriter.compact(.string(s)), "\(s.debugDescription)") }
  }

  @Test func numbersAreWrittenExactlyAsJSONWriterWritesThem() {
    var numbers: [Decimal] = [0, 1, -1, 7, 10, 100, 1000, 65535, 65536, 500_000_000_000, -42, 0.8, 0.95, 12.5, -0.001]
    numbers += [Decimal(Int.max), Decimal(Int.min + 1), Decimal(string: "123456789012345678901234567890") ?? 0]
    numbers += [Decimal(1) / Decimal(3), Decimal(string: "1e20") ?? 0, Decimal(string: "-0") ?? 0, .nan]
    for n in numbers { #expect(bytes(.number(n)) == JSONWriter.compact(.number(n)), "\(n)") }
    for i in stride(from: -2000, through: 200_000, by: 37) { #expect(bytes(.int(i)) == String(i)) }
    let others: [Value] = [.null, .bool(true), .money(Money(5, "EUR")), .list([.string("a\n"), .int(2)])]
    for v in others { #expect(bytes(v) == JSONWriter.compact(v)) }
  }
}
