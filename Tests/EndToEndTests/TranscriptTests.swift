import Foundation
import LodeSession
import LodeShell
import Testing

/// The project's own transcripts (`Transcripts/*.lode`: the language and each module)
/// replay through the `lode check` engine in process, each in a fresh shell without
/// plugins or journal, and print exactly what they record.
/// `LODE_RECORD=1 swift test --filter TranscriptTests` rewrites their outputs instead.
@Suite struct TranscriptTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Transcripts").path

  static var names: [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return all.filter { $0.hasSuffix(".lode") }.sorted()
  }

  static func freshShell(baseDirectory: String) -> Shell {
    Shell(
      options: ShellOptions(
        format: .table, color: false, pluginPaths: nil, journal: false,
        baseDirectory: baseDirectory))
  }

  @Test func languageAndEveryModuleHaveATranscript() {
    for name in ["language", "valuation", "regions", "quotes", "timeline"] {
      #expect(Self.names.contains(name + ".lode"), "missing \(name).lode")
    }
  }

  @Test(arguments: names)
  func transcriptReplaysExactly(_ name: String) {
    let record = ProcessInfo.processInfo.environment["LODE_RECORD"] == "1"
    var report = ""
    let checker = Checker(
      update: record, makeRunner: { Self.freshShell(baseDirectory: $0) },
      output: { report += $0 })
    let result = checker.check(paths: [Self.folder + "/" + name])
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let text = (try? String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)) ?? ""
    #expect(result.inputs == text.split(separator: "\n").filter { $0.hasPrefix("lode> ") }.count)
    if !record { #expect(result.exitStatus == 0, "\(name) differs:\n\(report)") }
  }
}
