import Foundation
import LodeCore
import LodePluginProtocol
import LodeTestSupport
import Testing

struct ValueGenerator {
  var rng: SplitMix64

  mutating func decimal() -> Decimal {
    let significand = Decimal(UInt64.random(in: 0...UInt64(1) << 62, using: &rng))
    let exponent = Int.random(in: -12...12, using: &rng)
    let d = Decimal(
      sign: Bool.random(using: &rng) ? .minus : .plus, exponent: exponent, significand: significand)
    return d
  }

  mutating func text() -> String {
    let alphabet = Array("abcXYZ 09\"\\/\n\t\u{0}€₴Дніпро😀,:{}[]")
    let n = Int.random(in: 0...12, using: &rng)
    return String((0..<n).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
  }

  mutating func date() -> DateValue {
    let year = Int.random(in: 1...9999, using: &rng)
    var d: DateValue
    switch Int.random(in: 0..<4, using: &rng) {
    case 0: d = DateValue(year: year)
    case 1: d = DateValue(year: year, month: Int.random(in: 1...12, using: &rng))
    case 2: d = DateValue(year: year, week: Int.random(in: 1...53, using: &rng))
    default:
      let m = Int.random(in: 1...12, using: &rng)
      d = DateValue(
        year: year, month: m,
        day: Int.random(in: 1...DateValue.daysIn(month: m, year: year), using: &rng))
    }
    return Bool.random(using: &rng) ? d.approximate() : d
  }

  mutating func value(depth: Int) -> Value {
    let kinds = depth > 0 ? 11 : 8
    switch Int.random(in: 0..<kinds, using: &rng) {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &rng))
    case 2: return .number(decimal())
    case 3:
      let currency = ["USD", "EUR", "UAH", "XAU"][Int.random(in: 0..<4, using: &rng)]
      return .money(Money(decimal(), currency, perYear: Bool.random(using: &rng)))
    case 4: return .percent(decimal())
    case 5: return .duration(Duration(years: decimal()))
    case 6: return .date(date())
    case 7: return .string(text())
    case 8:
      return .list((0..<Int.random(in: 0...3, using: &rng)).map { _ in value(depth: depth - 1) })
    case 9:
      let n = Int.random(in: 0...3, using: &rng)
      return .record(
        Record(
          fields: (0..<n).map { _ in text() }, values: (0..<n).map { _ in value(depth: depth - 1) })
      )
    default:
      let types = ValueType.allCases
      let columns = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
        Schema.Column(
          text(), types[Int.random(in: 0..<types.count, using: &rng)],
          hidden: Bool.random(using: &rng))
      }
      let rows = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
        columns.map { _ in value(depth: depth - 1) }
      }
      return .table(Table(schema: Schema(columns), rows: rows))
    }
  }
}

@Test func randomValuesRoundTripExactlyThroughOneLine() throws {
  var gen = ValueGenerator(rng: SplitMix64(seed: 20_250_430))
  for _ in 0..<2000 {
    let v = gen.value(depth: 3)
    let line = try MessageCodec.line(WireValue(v))
    #expect(line.last == UInt8(ascii: "\n"))
    #expect(!line.dropLast().contains(UInt8(ascii: "\n")), "a message must be one line")
    let back = try MessageCodec.decode(WireValue.self, from: Array(line.dropLast()))
    #expect(back.value == v, "round trip changed \(v)")
  }
}

@Test func moneyTravelsAsExactDecimalStrings() throws {
  let line = try MessageCodec.line(
    WireValue(.money(Money(Decimal(string: "500000000000")!, "USD"))))
  #expect(
    String(decoding: line, as: UTF8.self)
      == #"{"amount":"500000000000","currency":"USD","type":"money"}"# + "\n")
  let tiny = Decimal(string: "0.000000000000000000000000000001")!
  let back = try MessageCodec.decode(
    WireValue.self, from: Array(try MessageCodec.line(WireValue(.percent(tiny))).dropLast()))
  #expect(back.value == .percent(tiny))
}

@Test func bareJSONScalarsAndArraysAreAccepted() throws {
  func decode(_ s: String) throws -> Value {
    try MessageCodec.decode(WireValue.self, from: Array(s.utf8)).value
  }
  #expect(try decode(#""hi""#) == .string("hi"))
  #expect(try decode("true") == .bool(true))
  #expect(try decode("null") == .null)
  #expect(try decode("2.5") == .number(Decimal(string: "2.5")!))
  #expect(try decode(#"[1, "a"]"#) == .list([.int(1), .string("a")]))
}

@Test(arguments: [
  (#"{"type":"number","value":"1.5abc"}"#, "not an exact decimal"),
  // Decimal(string:) traps on these (issue 18, defect 1); the protocol reports them.
  (#"{"type":"number","value":"1e-300"}"#, "not an exact decimal"),
  (#"{"type":"money","amount":"1e300","currency":"USD"}"#, "not an exact decimal"),
  (#"{"type":"money","amount":"5","currency":"USD","perYear":"yes"}"#, "perYear"),
  (#"{"type":"date","iso":"2025-02-30"}"#, "not an ISO date"),
  (#"{"type":"table","columns":[{"name":"a"}],"rows":[[1,2]]}"#, "2 cells for 1 columns"),
  (#"{"type":"quaternion"}"#, "unknown value type"),
  (#"{"amount":"5"}"#, "missing `type`"),
  ("not json", "not JSON"),
])
func malformedValuesAreRejectedWithAReason(json: String, reason: String) {
  #expect {
    _ = try MessageCodec.decode(WireValue.self, from: Array(json.utf8))
  } throws: { error in
    (error as? ProtocolError)?.message.contains(reason) == true
  }
}

@Test func exactDecimalAcceptsOnlyWholeDecimalText() {
  #expect(ExactDecimal.parse("-12.50") == Decimal(string: "-12.5"))
  #expect(ExactDecimal.parse("1e9") == Decimal(1_000_000_000))
  for bad in ["", "-", ".", "1.5.2", "1e", "0x10", " 1", "1,000", "NaN"] {
    #expect(ExactDecimal.parse(bad) == nil, "accepted \(bad)")
  }
}
