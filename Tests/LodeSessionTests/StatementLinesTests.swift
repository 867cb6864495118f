import Testing

@testable import LodeSession

/// Lines become statements by one rule, typed or replayed.
@Suite struct StatementLinesTests {
  @Test func linesJoinWhileTheStatementIsOpen() {
    var lines = StatementLines()
    #expect(lines.add("quotes |  ") == nil)
    #expect(lines.pending == "quotes |")
    #expect(lines.add("count") == "quotes |\ncount")
    #expect(lines.pending == nil)
    #expect(lines.add(":load it's.txt") == ":load it's.txt")
  }

  /// `:load it's.txt` replays as one line: the lines after it are not swallowed.
  @Test func aMetaCommandWithAQuoteReplaysAsOneLine() {
    let script = Script.parse(":load it's.txt\nquotes | count\n:set format json\n")
    #expect(script.statements.map(\.input) == [":load it's.txt", "quotes | count", ":set format json"])
    #expect(script.statements.map(\.line) == [1, 2, 3])
  }

  /// A string left open and abandoned with Ctrl-C ends at the journal's marker, as one
  /// input (it fails on replay), and the lines after it replay as they ran.
  @Test func anAbandonedStatementEndsAtTheMarker() {
    let journal = """
      # lode journal 1
      said "Zel
      and more
      \(StatementLines.abandonedMarker)
      quotes | count
      range 2 |
      count

      """
    let script = Script.parse(journal)
    #expect(script.statements.map(\.input) == ["said \"Zel\nand more", "quotes | count", "range 2 |\ncount"])
    #expect(script.statements.map(\.line) == [2, 5, 6])
  }

  @Test func theMarkerBetweenStatementsIsAComment() {
    let script = Script.parse("1 + 1\n\(StatementLines.abandonedMarker)\n2 + 2\n")
    #expect(script.statements.map(\.input) == ["1 + 1", "2 + 2"])
  }
}
