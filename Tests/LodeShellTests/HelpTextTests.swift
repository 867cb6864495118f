import LodeCore
import Testing

@testable import LodeShell

@Suite struct HelpTextTests {
  let payback = CommandDescriptor(
    name: "value payback", module: "Valuation", summary: "years until a sum is paid off",
    discussion: "Shows the worked steps.",
    signature: Signature(
      [
        Parameter("principal", .value(.money), help: "the sum owed"),
        Parameter("at", .keyword("at")),
        Parameter("yearly", .value(.money), help: "paid each year"),
      ],
      flags: [Flag("growth", value: .percent, help: "yearly growth of the payment")]),
    examples: [Example("Ten generations?", "value payback 500bn at 1.6bn/yr", output: "312.5y")]
  ) { _, _ in CommandOutput(.null) }

  @Test func commandHelpIsGeneratedFromTheDeclaration() {
    #expect(
      HelpText().command(payback) == """
        value payback — years until a sum is paid off

        Usage: value payback PRINCIPAL at YEARLY [--growth PERCENT]

        Shows the worked steps.

        Parameters:
          PRINCIPAL  a money; the sum owed
          YEARLY     a money; paid each year

        Flags:
          --growth PERCENT  yearly growth of the payment

        Examples:
          Ten generations?
            lode> value payback 500bn at 1.6bn/yr
            312.5y

        """)
  }

  @Test func theOverviewListsCommandsByModule() throws {
    var registry = CommandRegistry()
    try registry.register([payback, HelpCommand.descriptor])
    let text = HelpText().overview(registry)
    #expect(text.contains("Valuation\n  value payback  years until a sum is paid off"))
    #expect(text.contains("shell\n  help           list commands"))
  }

  @Test func helpForAGroupListsItsMembersAndUnknownNamesSuggest() throws {
    var registry = CommandRegistry()
    try registry.register([payback, HelpCommand.descriptor])
    #expect(try HelpCommand.text(for: "value", registry: registry).contains("value payback"))
    #expect(
      try HelpCommand.text(for: "value payback", registry: registry).hasPrefix("value payback —"))
    #expect(throws: Diagnostic.self) { try HelpCommand.text(for: "hlep", registry: registry) }
    do {
      _ = try HelpCommand.text(for: "hlep", registry: registry)
    } catch {
      #expect(error.suggestions == ["help"])
    }
  }
}
