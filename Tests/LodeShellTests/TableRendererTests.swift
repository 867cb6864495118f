import FoundationEssentials
import LodeCore
import Testing

@testable import LodeShell

@Suite struct TableRendererTests {
  let people = Table(
    schema: Schema([
      .init("id"), .init("name"), .init("amount", .money), .init("doc", hidden: true),
    ]),
    rows: [
      [.string("p1"), .string("Zelensky"), .money(Money(500_000_000_000)), .string("HIDDEN-DOC")],
      [.string("p2"), .string("Свириденко"), .money(Money(1_500)), .string("HIDDEN-DOC")],
    ])

  @Test func alignsColumnsRightAlignsNumbersAndHidesHiddenColumns() {
    let text = TableRenderer(width: 100).render(people)
    #expect(
      text == """
        id  name                  amount
        ──  ──────────  ────────────────
        p1  Zelensky    $500,000,000,000
        p2  Свириденко            $1,500

        """)
    #expect(!text.contains("HIDDEN-DOC"), "the hidden doc column is not drawn")
  }

  @Test func wideCharactersKeepColumnsAligned() {
    let t = Table(
      columns: ["name", "note"],
      rows: [
        [.string("漢字"), .string("cjk")], [.string("🇺🇦 UA"), .string("flag")],
        [.string("Київ"), .string("cyr")], [.string("ascii"), .string("x")],
      ])
    let lines = TableRenderer(width: 100).render(t).split(separator: "\n").map(String.init)
    #expect(lines[2] == "漢字   cjk")
    #expect(lines[3] == "🇺🇦 UA  flag")
    #expect(lines[4] == "Київ   cyr")
    #expect(lines[5] == "ascii  x")
  }

  @Test func cutRowsAreAnnouncedInAFooter() {
    let rows = (1...1234).map { [Value.int($0)] }
    let text = TableRenderer(width: 80, maxRows: 50).render(Table(columns: ["n"], rows: rows))
    let lines = text.split(separator: "\n")
    #expect(lines.count == 2 + 50 + 1)
    #expect(lines.last == "(showing 50 of 1,234 rows)")
  }

  @Test func aTooWideTableShrinksItsWidestColumnWithAnEllipsis() {
    let t = Table(
      columns: ["id", "text"],
      rows: [
        [.string("q1"), .string(String(repeating: "word ", count: 30))]
      ])
    let text = TableRenderer(width: 40).render(t)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    #expect(lines[2].hasSuffix("…"))
    #expect(lines.count == 3, "shrinking a column cuts no rows or columns, so no footer")
  }

  @Test func columnsThatCannotFitAreDroppedAndNamedInTheFooter() {
    let names = (1...12).map { "column\($0)" }
    let t = Table(columns: names, rows: [names.map { .string("value-of-\($0)") }])
    let text = TableRenderer(width: 60).render(t)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) <= 60 })
    let footer = lines.last ?? ""
    #expect(footer.hasPrefix("("))
    #expect(footer.contains("columns hidden: "))
    #expect(footer.hasSuffix("column12)"))
  }

  @Test func bothCutsShareOneFooter() {
    let t = Table(
      columns: ["a", "b", "c"],
      rows: (1...3).map { _ in
        [
          .string(String(repeating: "x", count: 30)), .string(String(repeating: "y", count: 30)),
          .string(String(repeating: "z", count: 30)),
        ]
      })
    let lines = TableRenderer(width: 20, maxRows: 2).render(t).split(separator: "\n")
    #expect(lines.last == "(showing 2 of 3 rows; 1 column hidden: c)")
    #expect(lines[0] == "a          b", "the two kept columns grow back to share the width")
    #expect(lines.dropLast().allSatisfy { DisplayWidth.of(String($0)) <= 20 })
  }

  @Test func anEmptyTableSaysSo() {
    #expect(TableRenderer().render(Table(columns: ["id"])) == "id\n──\n(no rows)\n")
  }

  @Test func newlinesInCellsDoNotBreakRows() {
    let t = Table(columns: ["text"], rows: [[.string("two\nlines")]])
    #expect(TableRenderer().render(t) == "text\n─────────\ntwo lines\n")
  }

  @Test func colourOnlyWhenAskedFor() {
    #expect(!TableRenderer(style: .plain).render(people).contains("\u{1B}"))
    #expect(TableRenderer(style: Style(enabled: true)).render(people).contains("\u{1B}[1m"))
  }
}
