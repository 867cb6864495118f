import LodeCore
import Testing

@testable import LodeSQL

@Suite struct SQLDialectTests {
  @Test func stringLiteralsEscapeQuotesPerDialect() {
    #expect(SQLDialect.sqlite.string("O'Brien") == "'O''Brien'")
    #expect(SQLDialect.duckdb.string("a''b") == "'a''''b'")
    #expect(SQLDialect.spark.string("O'Brien \\ x") == "'O\\'Brien \\\\ x'")
  }

  @Test func charactersATerminalActsOnAreWrittenAsTheirCodes() {
    #expect(SQLDialect.sqlite.string("a\u{1B}[2Jb") == "('a' || char(27) || '[2Jb')")
    #expect(SQLDialect.duckdb.string("\u{202E}x'") == "(chr(8238) || 'x''')")
    #expect(SQLDialect.spark.string("\n") == "(chr(10))")
  }

  @Test func identifiersAreQuoted() {
    #expect(SQLDialect.sqlite.identifier("order") == "\"order\"")
    #expect(SQLDialect.duckdb.identifier("a\"b") == "\"a\"\"b\"")
    #expect(SQLDialect.spark.identifier("end") == "`end`")
  }

  @Test func unknownDialectIsADiagnosticWithSuggestions() {
    guard case .failure(let d) = SQLDialect.parse("duck") else {
      Issue.record("duck parsed")
      return
    }
    #expect(d.id == "sql.dialect.unknown")
    #expect(d.hint == "dialects: sqlite, duckdb, spark")
    #expect(d.suggestions == ["duckdb"])
  }
}
