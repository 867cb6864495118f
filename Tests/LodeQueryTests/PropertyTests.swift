import LodeCore
import LodeTestSupport
import Testing

@testable import LodeQuery

@Test func printThenParseGivesTheSameTree() throws {
  var gen = ASTGenerator(rng: SplitMix64(seed: 20250224))
  let registry = QueryBuiltins.registry()
  var checked = 0
  for _ in 0..<2_000 {
    let ast = gen.statement()
    let text = Printer.print(ast)
    do throws(Diagnostic) {
      let back = try Parser.parse(text, registry: registry)
      #expect(back == ast, "\(text)")
      checked += 1
    } catch {
      Issue.record("printed text did not parse: \(text) — \(error)")
    }
  }
  #expect(checked == 2_000)
}

@Test func printingAParsedLineIsAFixedPoint() throws {
  let registry = QueryBuiltins.registry()
  let lines = [
    "range 10 | where n > 3 and not (n = 5 or n in [7, 8]) | sort n desc | limit 2",
    "let t = range 3 to 9 | group by n sum n | to json",
    "-(2 + 3) * 50% of $2bn/yr - -1",
    "range 3 | select n | distinct n | first 2",
  ]
  for line in lines {
    let once = Printer.print(try Parser.parse(line, registry: registry))
    let twice = Printer.print(try Parser.parse(once, registry: registry))
    #expect(once == twice)
  }
}

@Test func randomTokenSoupNeverTraps() {
  var rng = SplitMix64(seed: 7)
  let pieces = [
    "range", "where", "sort", "group", "by", "sum", "select", "to", "json", "count", "limit", "first",
    "show", "distinct", "let", "x", "=", "$x", "$", "|", "(", ")", "[", "]", ",", "+", "-", "*", "/",
    "%", "~", "in", "of", "and", "or", "not", "<", ">=", "!=", "1", "0", "500bn", "2bn/yr", "50%",
    "30y", "2025-02-24", "2025-13-99", "\"zel", "\"a\"", "'b'", "desc", "--", "--flag", "n", "€",
    "1bn USD", "UAH", "\u{0}", "🙂", "Київ", "null", "true", "round(", "abs", "\\", ":", ";",
  ]
  let i = makeInterpreter()
  for _ in 0..<3_000 {
    let n = Int.random(in: 0...12, using: &rng)
    let line = (0..<n).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
      .joined(separator: Bool.random(using: &rng) ? " " : "")
    let result = i.execute(line)
    if case .failure(let ds) = result {
      // At least one diagnostic, each pointing inside the line.
      let length = line.count
      #expect(
        !ds.isEmpty && ds.allSatisfy { $0.span.map { $0.start >= 0 && $0.end <= length } ?? true },
        "\(line) → \(ds.map { "\($0.id) \(String(describing: $0.span))" })")
      for d in ds {
        #expect(d.id.hasPrefix("query.") || d.id.hasPrefix("command."), "\(line) → \(d.id)")
      }
    }
    let cursor = Int.random(in: 0...max(0, line.unicodeScalars.count), using: &rng)
    _ = i.complete(line, cursor: cursor)
    _ = Continuation.needsMoreInput(line)
  }
}

@Test func hugeAndBinaryLinesYieldDiagnostics() {
  let i = makeInterpreter()
  let huge = String(repeating: "range 1 | ", count: 20_000) + "count"
  if case .failure(let ds) = i.execute(huge) {
    #expect(ds.first?.id == "query.pipeline.input")
  } else {
    Issue.record("a long pipeline of sources must fail")
  }
  let binary = String(decoding: (0..<256).map { UInt8($0) }, as: UTF8.self)
  if case .failure(let ds) = i.execute(binary) {
    // Every stray control or punctuation byte before the double quote, then the string it opens.
    #expect(ds.map(\.id) == Array(repeating: "query.lex.unexpectedCharacter", count: 28) + ["query.lex.unterminatedString"])
  } else {
    Issue.record("binary input must fail")
  }
}

@Test func literalsPrintWithAllTheirDigits() throws {
  let registry = QueryBuiltins.registry()
  for line in ["0.1234567890123456789", "12345678901234567890.5 * 2", "0.000000000000001%", "$1.234567890123456m"] {
    let ast = try Parser.parse(line, registry: registry)
    #expect(try Parser.parse(Printer.print(ast), registry: registry) == ast, "\(line)")
  }
}
