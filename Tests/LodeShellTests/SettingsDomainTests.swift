import LodeCore
import LodeShell
import Testing

/// Issue 18, defect 14: number settings are checked against their real domain when set
/// (`generation.years 0` was accepted and then silently ignored).
@Suite struct SettingsDomainTests {
  @Test(arguments: [
    ("generation.years", "0"), ("generation.years", "-3"), ("generation.years", "5000"),
    ("plugin.timeout", "0"), ("plugin.max_message", "10"), ("plugin.max_message", "2048.5"),
    ("journal.keep", "0"), ("journal.keep", "1.5"), ("width", "5"), ("width", "12.5"),
    ("generation.years", "1e-300"), ("width", "abc"),
  ])
  func valuesOutsideTheDomainAreRefused(name: String, raw: String) {
    var s = Settings(specs: ShellModules.settings)
    #expect {
      try s.set(name, raw)
    } throws: { error in
      (error as? Diagnostic)?.id == "settings.badValue"
    }
    #expect(s.text(name) == s.spec(name)?.defaultValue)
  }

  @Test func theMessageSaysWhatIsAccepted() {
    var s = Settings(specs: ShellModules.settings)
    do {
      try s.set("generation.years", "0")
      Issue.record("accepted 0")
    } catch {
      #expect(error.message == "`generation.years` takes a number from 1 to 1000, got `0`")
    }
    do {
      try s.set("width", "5")
      Issue.record("accepted 5")
    } catch {
      #expect(error.message == "`width` takes a whole number from 20 to 10000 (or 0 for the terminal's width), got `5`")
    }
  }

  @Test(arguments: [
    ("generation.years", "30"), ("generation.years", "27.5"), ("plugin.timeout", "0.5"),
    ("plugin.max_message", "1024"), ("journal.keep", "1"), ("width", "0"), ("width", "80"),
  ])
  func valuesInsideTheDomainAreKept(name: String, raw: String) throws {
    var s = Settings(specs: ShellModules.settings)
    try s.set(name, raw)
    #expect(s.text(name) == raw)
  }
}
