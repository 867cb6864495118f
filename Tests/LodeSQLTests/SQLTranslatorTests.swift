import LodeCore
import LodeExport
import LodeModel
import LodeQuery
import LodeShell
import Testing

@testable import LodeSQL

/// The SQL `lode sql` writes, pinned where its shape is the contract (counting, text
/// equality as an IN list, null logic, escaping), and the errors for what has no SQL form.
/// That the SQL gives lode's rows is checked on real engines by scripts/sql-differential.
@Suite struct SQLTranslatorTests {
  let shell = Shell(options: ShellOptions(pluginPaths: []))

  func sql(_ line: String, _ dialect: SQLDialect = .sqlite) -> Result<String, Diagnostic> {
    let shell = self.shell
    return SQLTranslator(registry: shell.interpreter.registry, dialect: dialect, corpus: { shell.context.corpus })
      .translate(line)
  }

  func text(_ line: String, _ dialect: SQLDialect = .sqlite) throws -> String {
    try sql(line, dialect).get()
  }

  @Test func countingWithoutOrderReadsTheTableAlone() throws {
    #expect(
      try text("quotes | count")
        == "SELECT COUNT(*) AS \"count\" FROM (SELECT t1.\"id\", t1.\"speaker\", t1.\"text\", t1.\"kind\", "
        + "t1.\"method\", t1.\"confidence\", t1.\"speaker_id\", t1.\"source\", t1.\"source_start\", "
        + "t1.\"source_end\", t1.\"source_kind\", t1.\"cue\", t1.\"doc\", t1.\"sentence\", t1.\"start\", "
        + "t1.\"end\", 0 AS \"_ord\" FROM \"quotes\" t1) t2")
  }

  @Test func rowsAreRenumberedInDocumentOrderAndComeOutInLodesOrder() throws {
    let q = try text("dates | select id, text")
    #expect(q.hasPrefix("SELECT t5.\"id\", t5.\"text\" FROM (SELECT t4.\"id\", t4.\"text\", t4.\"_ord\" FROM "))
    #expect(q.contains("SUBSTR(t2.\"id\", 1, 1) || CAST(t2.\"_ord\" AS VARCHAR) AS \"id\""))
    #expect(
      q.contains(
        "ROW_NUMBER() OVER (ORDER BY t3.\"seq\", CAST(SUBSTR(t1.\"id\", 2) AS INTEGER)) AS \"_ord\" FROM \"dates\" t1 JOIN \"documents\" t3 ON t1.\"doc\" = t3.\"id\""
      ))
    #expect(q.hasSuffix(") t5 ORDER BY t5.\"_ord\""))
  }

  @Test func textEqualityListsEveryNameOfTheEntity() throws {
    let q = try text("quotes | where speaker = \"Zelenskyy\" | count", .duckdb)
    #expect(
      q.contains(
        "WHERE (COALESCE(strip_accents(lower(t2.\"speaker\")) IN ('zelenskyy', 'volodymyr zelensky', 'zelensky', "
          + "'volodymyr zelenskyy', 'zelenskiy', 'volodymyr zelenskiy', 'zelenski', 'володимир зеленськии', 'зеленськии'), FALSE))"
      ))
  }

  @Test func comparisonsWithNullAreFalseAndNotKeepsTwoValuedLogic() throws {
    let q = try text("quotes | where not (speaker ~ \"zel\") and speaker != null and confidence >= -1 | count")
    #expect(
      q.contains(
        "WHERE (((NOT COALESCE(instr(lower(t2.\"speaker\"), 'zel') > 0, FALSE)) AND (t2.\"speaker\" IS NOT NULL)) "
          + "AND (COALESCE(t2.\"confidence\" >= -1, FALSE)))"))
  }

  @Test func aNumberAgainstAColumnThatCanHoldMoneyMatchesPlainNumbersOnly() throws {
    let q = try text("amounts | where 3 <= value | count")
    #expect(q.contains("WHERE (COALESCE(t2.\"value\" >= 3 AND t2.\"value_currency\" IS NULL, FALSE))"))
  }

  @Test func stringLiteralsAreEscapedForEachDialect() throws {
    #expect(try text("quotes | where cue = \"it's\" | count").contains("IN ('it''s')"))
    #expect(try text("quotes | where cue ~ \"a'b\\\\c\" | count", .spark).contains("instr(lower(t2.`cue`), 'a\\'b\\\\c')"))
  }

  @Test func sortingBreaksTiesByLodesOrderAndFoldsText() throws {
    let q = try text("quotes | sort speaker desc, confidence | select speaker")
    #expect(
      q.contains(
        "ROW_NUMBER() OVER (ORDER BY lower(t4.\"speaker\") DESC NULLS LAST, t4.\"speaker\" DESC NULLS LAST, "
          + "t4.\"confidence\" ASC NULLS FIRST, t4.\"_ord\") AS \"_ord\""))
  }

  @Test func groupsAreOrderedByKeyAndNamedAsLodeNamesThem() throws {
    let q = try text("quotes | group by kind sum confidence", .spark)
    #expect(q.contains("SELECT t2.`kind`, COALESCE(SUM(t2.`confidence`), 0) AS `sum_confidence` FROM"))
    #expect(q.contains("ROW_NUMBER() OVER (ORDER BY lower(t3.`kind`) ASC NULLS FIRST, t3.`kind` ASC NULLS FIRST) AS `_ord`"))
  }

  /// (pipeline, the diagnostic's message, the text its span covers)
  static let unsupported: [(String, String, String)] = [
    ("people | count", "`people` (not a fact table) has no SQL form", "people"),
    ("quotes | where confidence + 1 > 2", "the operator `+` in a comparison has no SQL form", "confidence + 1"),
    ("quotes | where confidence = $x", "the variable `$x` has no SQL form", "$x"),
    ("events | where date > \"2025\"", "`>` between dates has no SQL form", "\"2025\""),
    ("amounts | where value > 1bn", "comparing money has no SQL form", "1bn"),
    ("quotes | group by kind max speaker", "`max speaker` (a string) has no SQL form", "group by kind max speaker"),
    ("amounts | group by kind sum value", "`sum value` (a column that can hold money) has no SQL form", "group by kind sum value"),
    ("quotes | count | count", "a stage after `count` has no SQL form", "count"),
    ("quotes | to csv", "the stage `to` has no SQL form", "to"),
    ("quotes | where confidence ~ \"9\"", "`~` on `confidence` (a number) has no SQL form", "\"9\""),
    ("quotes | where speaker > \"M\"", "`>` between text has no SQL form", "\"M\""),
    ("quotes | where upper(speaker) = \"X\"", "the function `upper` has no SQL form", "upper(speaker)"),
    ("1 + 2", "a calculation has no SQL form", "1 + 2"),
    ("$quotes | count", "the variable `$quotes` has no SQL form", "$quotes"),
  ]

  @Test(arguments: unsupported) func whatHasNoSQLFormIsADiagnosticNamingIt(_ c: (String, String, String)) {
    guard case .failure(let d) = sql(c.0) else {
      Issue.record("\(c.0) translated")
      return
    }
    #expect(d.kind == .argument)
    #expect(d.id == "sql.unsupported")
    #expect(d.message == c.1)
    #expect(d.hint?.isEmpty == false)
    let span = d.span.map { Array(c.0.unicodeScalars)[$0.start..<$0.end] }.map { String(String.UnicodeScalarView($0)) }
    #expect(span == c.2)
  }

  @Test func anUnknownFieldSuggestsTheClosest() {
    guard case .failure(let d) = sql("quotes | select speakr") else {
      Issue.record("translated")
      return
    }
    #expect(d.id == "sql.field.unknown" || d.id.hasPrefix("query."))
  }
}
