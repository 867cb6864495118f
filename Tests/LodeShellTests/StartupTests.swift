import Foundation
import LodeCore
import LodeModel
import LodeSession
import LodeTestSupport
import Synchronization
import Testing

@testable import LodeShell

@Suite struct StartupTests {
  @Test func aliasEqualityOnTheSeedCorpus() {
    let shell = Shell()
    let byAlias = shell.run("quotes | where speaker = \"Zelenskyy\" | count").output
    let byID = shell.run("quotes | where speaker_id = \"zelensky\" | count").output
    #expect(byAlias == byID)
    #expect(byAlias.trimmingCharacters(in: .whitespacesAndNewlines) != "0")
    let cyrillic = shell.run("quotes | where speaker in [\"Зеленський\"] | count").output
    #expect(cyrillic == byID)
    let region = shell.run("regions | where name = \"Dnepropetrovsk\" | select code").output
    #expect(region.contains("UA-12"))
    #expect(!shell.run("regions | where name = \"Dnepropetrovsk\" | count").output.contains("27"))
  }

  @Test func theBundledCorpusLoadsOnFirstUse() {
    let shell = Shell()
    #expect(!shell.context.isCorpusLoaded)
    _ = shell.run(":help")
    _ = shell.run("500bn * 50%")
    #expect(!shell.context.isCorpusLoaded)
    let count = shell.run("documents | count").output
    #expect(shell.context.isCorpusLoaded)
    #expect(count.trimmingCharacters(in: .whitespacesAndNewlines) == "\(BundledSeeds.articles.count)")
  }

  @Test func runNeverDrawsProgress() throws {
    let dir = try TemporaryDirectory()
    for i in 0..<12 {
      try "Kyiv, Feb 1 (Wire) - \"We will sign,\" Zelensky said on day \(i).\n"
        .write(toFile: dir.path + "/doc\(i).txt", atomically: true, encoding: .utf8)
    }
    var options = ShellOptions(loadCorpus: false)
    options.progress = true
    let shell = Shell(options: options)
    let out = shell.run(":load \(dir.path)")
    #expect(out.output == "loaded 12 documents (12 in the corpus)\n")
    #expect(!out.output.contains("\r"))
  }

  @Test func progressLineRedrawsAndClears() {
    let written = Mutex<[String]>([])
    let line = ProgressLine(delay: .zero) { text in written.withLock { $0.append(text) } }
    line.update(done: 1, total: 4)
    #expect(written.withLock { $0.isEmpty })
    line.update(done: 10, total: 100)
    line.update(done: 10, total: 100)
    line.update(done: 50, total: 100)
    line.finish()
    let texts = written.withLock { $0 }
    #expect(texts.count == 3)
    #expect(texts.first?.hasPrefix("\r") == true)
    #expect(texts.first?.contains("10/100") == true)
    #expect(texts.last == "\r\u{1B}[2K")
  }

  /// A load that ends within its first second draws nothing (and so erases nothing).
  @Test func progressLineWaitsBeforeDrawing() {
    let written = Mutex<[String]>([])
    let line = ProgressLine(delay: .seconds(3600)) { text in written.withLock { $0.append(text) } }
    line.update(done: 10, total: 100)
    line.update(done: 90, total: 100)
    line.finish()
    #expect(written.withLock { $0 } == [])
  }
}
