import LodeCore
import LodeSession
import Testing

@testable import LodeShell

/// Issue 18, defect 2: untrusted text — an article's, a plugin's, a script's or a typed
/// string's — reaches the terminal with its control characters shown, never obeyed, in
/// every view meant for a person; data formats keep it exact.
@Suite struct TerminalSafetyTests {
  static let hostile = "Title\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m\u{08}x\r\u{202E}end"
  static let shown = "Title␛]0;owned␇␛[2J<U+009B>31m␈x␍<U+202E>end"

  static let commands: [CommandDescriptor] = [
    CommandDescriptor(name: "hostile", module: "Test", summary: "untrusted text everywhere") { _, _ in
      CommandOutput(
        .table(Table(columns: ["t\u{1B}[1m", "n"], rows: [[.string(hostile), .int(1)]])),
        notes: ["note \u{1B}]52;c;aGk=\u{07}"])
    },
    CommandDescriptor(name: "hostilerecord", module: "Test", summary: "a record") { _, _ in
      CommandOutput(.record(Record(fields: ["k\u{9B}"], values: [.string(hostile)])))
    },
    CommandDescriptor(name: "hostileerror", module: "Test", summary: "fails") { _, _ throws(Diagnostic) in
      throw Diagnostic(
        .plugin, id: "test.hostile", "plugin said \u{1B}[2J", hint: "hint \u{1B}]0;x\u{07}",
        suggestions: ["s\u{202E}"], notes: ["note \u{08}"])
    },
  ]

  func shell(_ format: OutputFormat = .table) -> Shell {
    Shell(options: ShellOptions(format: format, loadCorpus: false, width: 200, extraCommands: Self.commands))
  }

  static func noActiveCharacters(_ s: String) -> Bool {
    !s.unicodeScalars.contains { TerminalText.isActive($0) }
  }

  @Test func tableCellsHeadersAndNotesShowControls() {
    let out = shell().run("hostile").output
    #expect(Self.noActiveCharacters(out))
    #expect(out.contains(Self.shown))
    #expect(out.hasPrefix("t␛[1m"))
    #expect(out.contains("note ␛]52;c;aGk=␇\n"))
  }

  @Test func recordsAndPlainValuesShowControls() {
    let record = shell().run("hostilerecord").output
    #expect(record == "k<U+009B>  \(Self.shown)\n")
    let plain = shell().run("\"a\u{1B}b\u{9B}\"").output
    #expect(plain == "a␛b<U+009B>\n")
    #expect(Self.noActiveCharacters(plain))
  }

  @Test func diagnosticsShowControlsInEveryPart() {
    let errors = shell().run("hostileerror").errors
    #expect(Self.noActiveCharacters(errors))
    #expect(errors.contains("plugin said ␛[2J"))
    #expect(errors.contains("= help: hint ␛]0;x␇"))
    #expect(errors.contains("= note: note ␈"))
    #expect(errors.contains("`s<U+202E>`"))
  }

  @Test func theEchoOfTheInputShowsControlsWithTheCaretStillUnderTheSpan() {
    let d = Diagnostic(.name, id: "x", "bad", span: SourceSpan(5, 8))
    let text = DiagnosticRenderer().render(d, input: "\u{1B}[2J\u{202E} foo")
    let lines = text.split(separator: "\n")
    #expect(lines[2] == "1 | ␛[2J<U+202E> foo")
    #expect(lines[3] == "  | " + String(repeating: " ", count: "␛[2J<U+202E>".count) + "^^^")
  }

  @Test func historyShowsControls() {
    let s = shell()
    _ = s.run("\"\u{1B}[2J\"")
    let out = s.run(":history").output
    #expect(out == "1  \"␛[2J\"\n2  :history\n")
  }

  @Test func dataFormatsStayExact() {
    let csv = shell().run("\"a\u{1B}b\" | to csv").output
    #expect(csv == "a\u{1B}b\n")
    let json = shell(.json).run("hostile").output
    #expect(!json.contains("\u{1B}"))
    #expect(json.contains("\\u001b"))
    #expect(json.contains("\\u009b"))
    #expect(json.contains("\\u202e"))
    let md = shell().run("\"a\u{1B}b\u{202E}|\" | to md").output
    #expect(md == "a&#x1B;b&#x202E;\\|\n")
  }
}
