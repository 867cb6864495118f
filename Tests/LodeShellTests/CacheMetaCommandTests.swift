import Foundation
import LodeCore
import LodeSession
import LodeTestSupport
import Testing

@testable import LodeShell

/// `:cache` shows where the corpus cache is and how much it holds, and clears it; `--seeds`
/// and `:load` fill it; `load.max_file_mb` bounds the files read.
@Suite struct CacheMetaCommandTests {
  @Test func cacheShowsFillsAndClears() throws {
    let dir = try TemporaryDirectory()
    let articles = dir.path + "/articles"
    try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
    try "\"We agree,\" Jane Roe said on March 3, 2025.".write(
      toFile: articles + "/a.txt", atomically: true, encoding: .utf8)
    var options = ShellOptions(seeds: articles)
    options.cacheFolder = dir.path + "/cache"
    let shell = Shell(options: options)
    let shown = shell.run(":cache").output
    #expect(shown.hasPrefix(dir.path + "/cache: 1 entry, "))
    #expect(shown.hasSuffix(" of at most 2.1 GB\n"))
    let cleared = shell.run(":cache clear")
    #expect(!cleared.failed)
    #expect(cleared.output.hasPrefix("cleared \(dir.path)/cache ("))
    #expect(shell.run(":cache").output == "\(dir.path)/cache: 0 entries, 0 bytes of at most 2.1 GB\n")
    #expect(shell.run(":cache everything").output.contains("usage: :cache [clear]"))
  }

  @Test func withoutACacheFolderCacheSaysSo() {
    let shell = Shell(options: ShellOptions(loadCorpus: false))
    #expect(shell.run(":cache").output.hasPrefix("no corpus cache"))
  }

  @Test func loadSkipsFilesOverTheSizeSetting() throws {
    let dir = try TemporaryDirectory()
    try String(repeating: "Talks resumed. ", count: 80_000).write(
      toFile: dir.path + "/big.txt", atomically: true, encoding: .utf8)
    try "Talks resumed.".write(toFile: dir.path + "/small.txt", atomically: true, encoding: .utf8)
    let shell = Shell(options: ShellOptions(loadCorpus: false))
    #expect(shell.run(":set load.max_file_mb 1").output == "")
    let out = shell.run(":load \(dir.path)").output
    #expect(out.hasPrefix("loaded 1 document (1 in the corpus)\n"))
    #expect(out.contains("warning[extract.load.tooLarge]"))
    #expect(out.contains("1200000 bytes is more than the 1048576-byte limit"))
    #expect(out.contains("raise the limit with :set load.max_file_mb"))
  }
}
