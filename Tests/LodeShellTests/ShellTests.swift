import LineEditor
import LodeCore
import LodeQuery
import LodeSession
import Testing

@testable import LodeShell

@Suite struct ShellTests {
  static let table = Table(
    columns: ["id", "n"], rows: [[.string("a1"), .int(3)], [.string("a2"), .int(12)]])

  static let commands: [CommandDescriptor] = [
    CommandDescriptor(name: "demo", module: "Test", summary: "a fixed table") { _, _ in
      CommandOutput(.table(ShellTests.table), notes: ["2 rows from the test"])
    },
    CommandDescriptor(name: "boom", module: "Test", summary: "always fails") {
      _, _ throws(Diagnostic) in
      throw Diagnostic(
        .runtime, id: "test.boom", "it broke", span: SourceSpan(0, 4), hint: "try demo")
    },
    CommandDescriptor(name: "noisy", module: "Test", summary: "warns") { _, context in
      context.warn(Diagnostic(.io, id: "test.skipped", "skipped a file"))
      return CommandOutput(.string("done"))
    },
  ]

  func shell(_ format: OutputFormat = .table) -> Shell {
    Shell(
      options: ShellOptions(
        format: format, loadCorpus: false, width: 100, extraCommands: ShellTests.commands))
  }

  @Test func runReturnsExactlyThePrintedTableAndNotes() {
    let out = shell().run("demo")
    #expect(!out.failed)
    #expect(
      out.output == """
        id   n
        ──  ──
        a1   3
        a2  12
        2 rows from the test

        """)
  }

  @Test func aFailingCommandRendersItsDiagnosticAndFails() {
    let out = shell().run("boom")
    #expect(out.failed)
    #expect(
      out.output == """
        error[test.boom]: it broke
          |
        1 | boom
          | ^^^^
          = help: try demo

        """)
  }

  @Test func inMachineFormatsNotesGoToStderrAndStdoutIsOneDocument() {
    for (format, document) in [
      (OutputFormat.json, "[\n  {\"id\":\"a1\",\"n\":3},\n  {\"id\":\"a2\",\"n\":12}\n]\n"),
      (.jsonl, "{\"id\":\"a1\",\"n\":3}\n{\"id\":\"a2\",\"n\":12}\n"),
      (.csv, "id,n\na1,3\na2,12\n"),
    ] {
      let out = shell(format).run("demo")
      #expect(out.errors == "note: 2 rows from the test\n")
      #expect(out.output == document + "note: 2 rows from the test\n")
    }
    #expect(shell(.table).run("demo").errors == "")
  }

  @Test func warningsFollowTheOutput() {
    let out = shell().run("noisy")
    #expect(!out.failed)
    #expect(out.output == "done\nwarning[test.skipped]: skipped a file\n")
  }

  @Test func helpForOneCommandAndAnUnknownOne() {
    #expect(shell().run("help demo").output.hasPrefix("demo — a fixed table\n\nUsage: demo\n"))
    let bad = shell().run("help dmeo")
    #expect(bad.failed)
    #expect(bad.output.contains("did you mean `demo`?"))
  }

  @Test func theLoopJoinsContinuationLinesSkipsInterruptedOnesAndStopsAtQuit() {
    let s = shell()
    var printed: [(String, Bool)] = []
    s.sink = { printed.append(($0, $1)) }
    let reader = ScriptedReader([
      .line("demo |"), .interrupted, .line(":format"), .line(":quit"), .line("demo"),
    ])
    #expect(s.runInteractive(reader: reader) == 0)
    #expect(reader.prompts == [Shell.prompt, Shell.continuationPrompt, Shell.prompt, Shell.prompt])
    #expect(printed.map(\.0) == ["table\n"])
    #expect(reader.history == [":format", ":quit"])
  }

  @Test func aScriptWithAFailedLineExitsWith1AndErrorsGoToTheErrorStream() {
    let s = shell()
    var errors = ""
    s.sink = { text, isError in if isError { errors += text } }
    #expect(s.runInteractive(reader: ScriptedReader(lines: ["boom", "demo"])) == 1)
    #expect(errors.contains("error[test.boom]"))
  }

  /// Presses Ctrl-C (`context.cancel()`) the moment it hands over one chosen line, as a
  /// user does just after Enter, before the line starts running.
  final class InterruptingReader: LineReader {
    var completionHandler: CompletionHandler?
    var isInteractive: Bool { false }
    var history: [String] = []
    var lines: [String]
    let interruptAfter: String
    let context: Context

    init(_ lines: [String], interruptAfter: String, context: Context) {
      self.lines = lines
      self.interruptAfter = interruptAfter
      self.context = context
    }

    func readLine(prompt: String) -> ReadResult {
      guard !lines.isEmpty else { return .endOfInput }
      let line = lines.removeFirst()
      if line == interruptAfter { context.cancel() }
      return .line(line)
    }

    func addHistory(_ line: String) { history.append(line) }
    func takeWarnings() -> [String] { [] }
  }

  @Test func aCtrlCJustAfterEnterCancelsThatLineAndOnlyThatLine() {
    let s = shell()
    var out: [String] = []
    var errors = ""
    s.sink = { text, isError in if isError { errors += text } else { out.append(text) } }
    let reader = InterruptingReader(
      ["range 3 | count", "range 4 | count", "range 5 | count"], interruptAfter: "range 4 | count",
      context: s.context)
    #expect(s.runInteractive(reader: reader) == 1)
    #expect(out == ["3\n", "5\n"])
    #expect(errors.contains("cancelled"))
  }

  @Test func theInterruptGateIgnoresCtrlCWhileReadingAndForgetsOldOnes() {
    let context = Context()
    let gate = InterruptGate()
    context.cancel()
    gate.willRead(context)
    #expect(!context.isCancelled)
    gate.interrupt(context)
    #expect(!context.isCancelled)
    gate.didRead()
    gate.interrupt(context)
    #expect(context.isCancelled)
  }

  @Test func completionGoesThroughTheShell() {
    #expect(shell().complete(":qu", cursor: 3).candidates.map(\.text) == [":quit"])
  }
}
