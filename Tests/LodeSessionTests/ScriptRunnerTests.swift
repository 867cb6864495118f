import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeSession

@Suite struct ScriptRunnerTests {
  func replay(
    _ text: String, _ options: ReplayOptions = ReplayOptions()
  ) -> (
    String, ReplayResult, CalculatorRunner
  ) {
    let runner = CalculatorRunner()
    var printed = ""
    let result = ScriptRunner(
      runner: runner, options: options, output: { printed += $0 }
    ).run(text: text, name: "s.lode")
    return (printed, result, runner)
  }

  @Test func stopsAtTheFirstFailure() {
    let (printed, result, runner) = replay("1 + 1\nnope\n2 + 2\n")
    #expect(printed == "2\nerror: cannot evaluate `nope`\n")
    #expect(runner.inputs == ["1 + 1", "nope"])
    #expect(result.exitStatus == 1)
    #expect(result.diagnostics.map(\.message) == ["stopped at s.lode:2 after an error"])
  }

  @Test func keepGoingRunsEverythingAndStillFails() {
    let (printed, result, _) = replay("1 + 1\nnope\n2 + 2\n", ReplayOptions(keepGoing: true))
    #expect(printed == "2\nerror: cannot evaluate `nope`\n4\n")
    #expect(result.statementsRun == 3 && result.failures == 1 && result.exitStatus == 1)
  }

  @Test func echoPrintsEachInputWithPrompts() {
    let (printed, result, _) = replay(
      "1 |\n2\n:set format words\n3 + 3\n", ReplayOptions(echo: true))
    #expect(printed == "lode> 1 |\n...> 2\n3\nlode> :set format words\nlode> 3 + 3\nsum is 6\n")
    #expect(result.exitStatus == 0)
  }

  @Test func didRunSeesEveryStatementInOrder() {
    var seen: [String] = []
    let replay = ScriptRunner(runner: CalculatorRunner(), output: { _ in })
    replay.didRun = { input, outcome in seen.append("\(input)=\(outcome.failed)") }
    _ = replay.run(text: "1 + 1\n2 |\n2\nx\n", name: "s")
    #expect(seen == ["1 + 1=false", "2 |\n2=false", "x=true"])
  }

  @Test func shebangAndCommentsAreSkipped() {
    let (printed, _, runner) = replay(
      "#!/usr/bin/env -S lode run\n# lode script 1\n\n# note\n1 + 2\n")
    #expect(runner.inputs == ["1 + 2"])
    #expect(printed == "3\n")
  }

  @Test func aTranscriptReplaysItsInputs() {
    let (printed, _, runner) = replay("lode> 1 + 2\n999\nlode> 2 +\n...> 2\n4\n")
    #expect(runner.inputs == ["1 + 2", "2 +\n2"])
    #expect(printed == "3\n4\n")
  }

  @Test func newerVersionsAreRefusedAndCorpusChangesWarned() {
    let (_, refused, runner) = replay("# lode script 2\n1 + 1\n")
    #expect(runner.inputs.isEmpty && refused.exitStatus == 1)
    #expect(refused.diagnostics.first?.id == "session.script.version")
    let (_, warned, _) = replay("# lode script 1\n# corpus: beef\n1 + 1\n")
    #expect(warned.exitStatus == 0)
    #expect(warned.diagnostics.map(\.message) == ["the corpus changed (was beef, now c0ffee)"])
  }

  @Test func relativePathsResolveAgainstTheScriptsFolder() throws {
    let dir = try TemporaryDirectory()
    try dir.write("sub/inner.lode", "5 + 5\n")
    try dir.write("sub/outer.lode", ":run inner.lode\n")
    let stack = ReplayStack(baseDirectory: dir.path)
    let runner = NestingRunner(stack: stack)
    var printed = ""
    let result = ScriptRunner(runner: runner, stack: stack, output: { printed += $0 })
      .run(path: "sub/outer.lode")
    #expect(printed == "10\n")
    #expect(result.exitStatus == 0)
    #expect(stack.files.isEmpty)
  }

  @Test func aScriptThatRunsItselfIsStopped() throws {
    let dir = try TemporaryDirectory()
    try dir.write("loop.lode", ":run loop.lode\n")
    let stack = ReplayStack(baseDirectory: dir.path)
    var printed = ""
    let result = ScriptRunner(
      runner: NestingRunner(stack: stack), stack: stack, output: { printed += $0 }
    )
    .run(path: "loop.lode")
    #expect(printed.contains("is already running"))
    #expect(result.exitStatus == 1)
  }

  @Test func unreadableAndBinaryFilesAreDiagnosed() throws {
    let dir = try TemporaryDirectory()
    try Data([0x31, 0x00, 0xff]).write(to: URL(fileURLWithPath: dir.file("bin.lode")))
    let stack = ReplayStack(baseDirectory: dir.path)
    let replay = ScriptRunner(runner: CalculatorRunner(), stack: stack, output: { _ in })
    #expect(replay.run(path: "bin.lode").diagnostics.map(\.id) == ["session.file.notText"])
    #expect(replay.run(path: "missing.lode").diagnostics.map(\.id) == ["session.file.unreadable"])
    #expect(replay.run(path: ".").exitStatus == 1)
  }

  @Test func windowsLineEndingsAndEmptyFilesReplay() throws {
    let dir = try TemporaryDirectory()
    try dir.write("crlf.lode", "# lode script 1\r\n1 + 1\r\n2 + 2\r\n")
    try dir.write("empty.lode", "")
    let runner = CalculatorRunner()
    var printed = ""
    let replay = ScriptRunner(
      runner: runner, stack: ReplayStack(baseDirectory: dir.path), output: { printed += $0 })
    #expect(replay.run(path: "crlf.lode").exitStatus == 0)
    #expect(runner.inputs == ["1 + 1", "2 + 2"])
    #expect(replay.run(path: "empty.lode").statementsRun == 0)
    #expect(printed == "2\n4\n")
  }
}

/// A runner that handles `:run FILE` the way the shell will: through `RunCommand` and
/// the shared stack; everything else goes to a calculator.
final class NestingRunner: LineRunner {
  let stack: ReplayStack
  let calculator = CalculatorRunner()
  init(stack: ReplayStack) { self.stack = stack }
  var corpusFingerprint: String { calculator.corpusFingerprint }
  var settingsInEffect: [(name: String, value: String)] { [] }

  func run(_ line: String) -> LineOutcome {
    guard MetaLine.name(of: line) == "run" else { return calculator.run(line) }
    let command = RunCommand(path: MetaLine.arguments(of: line))
    let (outcome, diagnostics) = command.perform(runner: self, stack: stack)
    let messages = diagnostics.map { "error: \($0.message)\n" }.joined()
    return LineOutcome(output: outcome.output + messages, failed: outcome.failed)
  }
}
