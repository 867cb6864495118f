import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeSession

@Suite struct CheckerTests {
  let passing = """
    # lode transcript 1
    # corpus: c0ffee
    lode> 1 + 2
    3
    lode> :set format words
    lode> 2 +
    ...> 2
    sum is 4

    """

  func check(
    _ paths: [String], update: Bool = false, corpus: String = "c0ffee"
  ) -> (
    String, CheckResult
  ) {
    var printed = ""
    let checker = Checker(
      update: update, makeRunner: { _ in CalculatorRunner(corpus: corpus) },
      output: { printed += $0 })
    let result = checker.check(paths: paths)
    return (printed, result)
  }

  @Test func aMatchingTranscriptPasses() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("ok.lode", passing)
    let (printed, result) = check([path])
    #expect(printed == "ok: 1 transcript, 3 inputs\n")
    #expect(result.exitStatus == 0)
  }

  @Test func aMismatchPrintsAUnifiedDiffNamingFileInputAndLine() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write(
      "bad.lode", passing.replacingOccurrences(of: "sum is 4", with: "sum is 5"))
    let (printed, result) = check([path])
    let name = SessionFiles.display(path)
    #expect(
      printed == """
        --- \(name):6 expected
        +++ \(name):6 actual
        lode> 2 + …
        @@ -8 +8 @@
        -sum is 5
        +sum is 4
        FAIL: 1 of 3 outputs differ in 1 of 1 transcript

        """)
    #expect(result.exitStatus == 1)
    #expect(try dir.read("bad.lode").contains("sum is 5"))
  }

  @Test func updateRepairsTheTranscriptInPlace() throws {
    let dir = try TemporaryDirectory()
    let broken = passing.replacingOccurrences(of: "lode> 1 + 2\n3", with: "lode> 1 + 2\n4\nextra")
    let path = try dir.write("fix.lode", "# keep me\n" + broken)
    let (printed, result) = check([path], update: true)
    #expect(result.exitStatus == 0)
    #expect(printed.contains("updated \(SessionFiles.display(path)) (1 of 3 outputs)"))
    #expect(try dir.read("fix.lode") == "# keep me\n" + passing)
    let (again, second) = check([path])
    #expect(again == "ok: 1 transcript, 3 inputs\n" && second.exitStatus == 0)
  }

  @Test func aChangedCorpusIsReportedOnceNotAsAFlood() throws {
    let dir = try TemporaryDirectory()
    let many = passing.replacingOccurrences(of: "3\n", with: "30\n")
      .replacingOccurrences(of: "sum is 4", with: "sum is 40")
    try dir.write("a.lode", many)
    try dir.write("b.lode", many)
    let (printed, result) = check([dir.path], corpus: "beef")
    let lines = printed.split(separator: "\n")
    #expect(lines.first == "the corpus changed (was c0ffee, now beef)")
    #expect(lines.filter { $0.hasPrefix("the corpus changed") }.count == 1)
    #expect(lines.filter { $0.hasPrefix("@@") }.count == 2)
    #expect(lines.filter { $0.hasPrefix("… and 1 more outputs differ") }.count == 2)
    #expect(lines.last == "FAIL: 4 of 6 outputs differ in 2 of 2 transcripts")
    #expect(result.exitStatus == 1)
  }

  @Test func foldersCheckTheirTranscriptsAndNonTranscriptsFail() throws {
    let dir = try TemporaryDirectory()
    try dir.write("one.lode", passing)
    try dir.write("notes.txt", "ignored")
    let script = try dir.write("script.lode", "1 + 2\n")
    let (_, folder) = check([dir.path])
    #expect(folder.diagnostics.map(\.id) == ["session.check.notTranscript"])
    #expect(folder.files.count == 1 && folder.exitStatus == 1)
    let (_, missing) = check([dir.file("nope.lode")])
    #expect(missing.exitStatus == 1)
    _ = script
  }
}
