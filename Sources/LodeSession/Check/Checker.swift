import Foundation
import LodeCore

/// `lode check`: replays transcripts, each in a fresh runner, and compares what every
/// input prints with the output the transcript expects.
///
/// Per mismatch it prints a unified diff naming the file, the input and its line;
/// `update` rewrites the expected outputs in place instead. A transcript recorded
/// against another corpus is reported once ("the corpus changed"), and only its first
/// diff is shown, so a new corpus does not bury the report in diffs.
public final class Checker {
  /// Rewrite expected outputs in place (`--update`) instead of reporting mismatches.
  public var update: Bool
  /// Diffs shown per transcript recorded against another corpus (the rest are counted).
  public var diffsWhenCorpusChanged = 1
  private let makeRunner: (_ baseDirectory: String) -> any LineRunner
  private let output: (String) -> Void

  /// - Parameters:
  ///   - makeRunner: a fresh runner (a new shell) whose relative paths resolve against
  ///     the given folder, the transcript's.
  ///   - output: receives the report, each piece ending with a newline.
  public init(
    update: Bool = false, makeRunner: @escaping (_ baseDirectory: String) -> any LineRunner,
    output: @escaping (String) -> Void
  ) {
    self.update = update
    self.makeRunner = makeRunner
    self.output = output
  }

  /// Checks the transcripts at `paths` (folders: their `*.lode` files, sorted) and
  /// prints the report; the result's `exitStatus` is 1 on any mismatch or error.
  public func check(paths: [String]) -> CheckResult {
    var result = CheckResult()
    var files: [String] = []
    for path in paths {
      do { files += try Checker.expand(path) } catch { result.diagnostics.append(error) }
    }
    var reports: [FileCheck] = []
    for file in files {
      do throws(Diagnostic) {
        let text = try SessionFiles.readText(file)
        let name = SessionFiles.display(file)
        guard Transcript.looksLikeTranscript(text) else {
          throw Diagnostic(
            .session, id: "session.check.notTranscript", "\(name) has no `lode> ` inputs",
            hint: "lode check compares transcripts; write one with :save --transcript")
        }
        if let version = Transcript.parse(text).version, version > Script.currentVersion {
          throw Diagnostic(
            .session, id: "session.script.version",
            "\(name) is a version \(version) transcript; this lode reads version 1",
            hint: "upgrade lode to check it")
        }
        let runner = makeRunner(SessionFiles.folder(of: file))
        var report = check(text: text, name: name, runner: runner)
        if update, report.needsRewrite {
          try SessionFiles.write(report.updatedText, to: file, force: true)
          report.rewritten = true
        }
        reports.append(report)
      } catch {
        result.diagnostics.append(error)
      }
    }
    result.add(reports)
    output(render(reports, result: result))
    return result
  }

  /// Replays one transcript's inputs through `runner` and compares; prints nothing.
  public func check(text: String, name: String, runner: any LineRunner) -> FileCheck {
    let transcript = Transcript.parse(text)
    var report = FileCheck(
      name: name, recordedCorpus: transcript.corpus, corpus: runner.corpusFingerprint)
    var outputs: [[String]] = []
    for entry in transcript.entries {
      let actual = OutputLines.trimmed(runner.run(entry.input).lines)
      outputs.append(actual)
      let expected = OutputLines.trimmed(entry.expected)
      guard actual != expected else { continue }
      report.mismatches.append(FileCheck.Mismatch(entry: entry, actual: actual))
    }
    report.inputs = transcript.entries.count
    report.updatedText = transcript.updating(outputs: outputs, corpus: report.corpus).text()
    return report
  }

  /// The full report: corpus changes once each, then the diffs, then a summary line.
  func render(_ reports: [FileCheck], result: CheckResult) -> String {
    var lines: [String] = []
    var announced: Set<String> = []
    for r in reports where r.corpusChanged {
      let note = "the corpus changed (was \(r.recordedCorpus ?? ""), now \(r.corpus))"
      if announced.insert(note).inserted { lines.append(note) }
    }
    for r in reports {
      if update {
        if r.rewritten {
          lines.append("updated \(r.name) (\(r.mismatches.count) of \(r.inputs) outputs)")
        }
        continue
      }
      let shown =
        r.corpusChanged ? min(diffsWhenCorpusChanged, r.mismatches.count) : r.mismatches.count
      for m in r.mismatches.prefix(shown) { lines += diff(m, file: r.name) }
      if shown < r.mismatches.count {
        lines.append(
          "… and \(r.mismatches.count - shown) more outputs differ in \(r.name)"
            + " (recorded against another corpus; --update accepts them)")
      }
    }
    lines.append(result.summary(updating: update))
    return TerminalText.visible(lines.joined(separator: "\n")) + "\n"
  }

  /// One mismatch as a unified diff: the file, the input's line and text, then hunks.
  func diff(_ m: FileCheck.Mismatch, file: String) -> [String] {
    let input = m.entry.input.split(separator: "\n", omittingEmptySubsequences: false)
    let more = input.count > 1 ? " …" : ""
    return [
      "--- \(file):\(m.entry.line) expected", "+++ \(file):\(m.entry.line) actual",
      "\(Transcript.prompt)\(input.first ?? "")\(more)",
    ]
      + UnifiedDiff.hunks(
        expected: OutputLines.trimmed(m.entry.expected), actual: m.actual,
        firstLine: m.entry.outputLine)
  }

  /// `path` itself, or a folder's `*.lode` files in name order.
  static func expand(_ path: String) throws(Diagnostic) -> [String] {
    let absolute = SessionFiles.resolve(path, against: FileManager.default.currentDirectoryPath)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) else {
      throw Diagnostic(
        .io, id: "session.file.unreadable", "cannot read \(path)", hint: "no such file")
    }
    guard isFolder.boolValue else { return [absolute] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
    return names.filter { $0.hasSuffix(".lode") }.sorted().map { absolute + "/" + $0 }
  }
}
