import Foundation
import LodeTestSupport
import Testing

/// The files the catalogue's cases name, made fresh in each case's working folder. FIFOs
/// are made here with mkfifo, never taken from the system.
extension BadInputCatalogue {
  static let fixtures = EndToEnd.repositoryRoot + "/Tests/LodePluginHostTests/Fixtures"

  static func prepare(_ home: TemporaryDirectory) throws -> String {
    let work = home.path + "/work"
    let fm = FileManager.default
    try fm.createDirectory(atPath: work + "/folder", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: work + "/locked/inner", withIntermediateDirectories: true)
    func write(_ name: String, _ bytes: [UInt8]) throws {
      try Data(bytes).write(to: URL(fileURLWithPath: work + "/" + name))
    }
    func text(_ name: String, _ s: String) throws { try write(name, Array(s.utf8)) }
    try write("binary.txt", Array("abc".utf8) + [0] + Array("def".utf8))
    try write("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A])
    try text("newer.lode", "# lode script 2\n1 + 1\n")
    try text("failing.lode", "cout\n1 + 1\n")
    try text("cycle.lode", ":run cycle.lode\n")
    try text("unfinished.lode", "1 + 1\nquotes |\n")
    try text("plain.lode", "1 + 1\n")
    try text("exists.lode", "x\n")
    try text("locked/inner/a.txt", "Kyiv said \"yes\".\n")
    try fm.createSymbolicLink(atPath: work + "/link.lode", withDestinationPath: work + "/exists.lode")
    let mkfifo = try CommandResult.run("/usr/bin/mkfifo", [work + "/fifo.lode"], environment: [:])
    #expect(mkfifo.status == 0)
    // Readable by `nobody` all the way down, except the folder the case locks.
    for path in [home.path, work, work + "/locked"] { chmod(path, 0o755) }
    chmod(work + "/locked/inner", 0o000)
    return work
  }

  static func S(_ name: String, _ lines: String, id: String, status: Int32 = 1) -> BadInput {
    BadInput("file: \(name)", stdin: lines + "\n1 + 1\n", id: id, status: status)
  }

  /// Files met in a session: loading, running, saving.
  static let files: [BadInput] = [
    S(":load binary", ":load binary.txt", id: "meta.load.nothing"),
    S(":load not UTF-8", ":load latin1.txt", id: "meta.load.nothing"),
    S(":load missing", ":load missing.txt", id: "meta.load.nothing"),
    S(":load FIFO", ":load fifo.lode", id: "meta.load.nothing"),
    S(":run FIFO", ":run fifo.lode", id: "session.file.notRegular"),
    S(":run folder", ":run folder", id: "session.file.notRegular"),
    S(":run binary", ":run binary.txt", id: "session.file.notText"),
    S(":run not UTF-8", ":run latin1.txt", id: "session.file.notText"),
    S(":run newer version", ":run newer.lode", id: "session.script.version"),
    S(":run failing", ":run failing.lode", id: "session.replay.stopped"),
    S(":run cycle", ":run cycle.lode", id: "session.replay.stopped"),
    S(":run missing", ":run missing.lode", id: "session.file.unreadable"),
    S(":save existing", ":save exists.lode", id: "session.save.exists"),
    S(":save --force symlink", ":save --force link.lode", id: "session.save.notRegular"),
    S(":save --force FIFO", ":save --force fifo.lode", id: "session.save.notRegular"),
    S(":save --force folder", ":save --force folder", id: "session.save.notRegular"),
    S(":save into missing folder", ":save nowhere/x.lode", id: "session.file.unwritable"),
    S(":save unknown flag", ":save --forse x.lode", id: "meta.unknownFlag"),
    S(":run unknown flag", ":run --keep x.lode", id: "meta.unknownFlag"),
    S(":run unfinished", ":run unfinished.lode", id: "session.replay.stopped"),
  ]

  static func R(
    _ name: String, _ arguments: [String], id: String, status: Int32 = 1, stdin: String = ""
  )
    -> BadInput
  {
    BadInput("script: \(name)", arguments: arguments, stdin: stdin, id: id, status: status, goesOn: false)
  }

  /// Scripts, transcripts and piped input that end badly.
  static let scripts: [BadInput] = [
    R("run FIFO", ["run", "fifo.lode"], id: "session.file.notRegular"),
    R("check FIFO", ["check", "fifo.lode"], id: "session.file.notRegular"),
    R("run folder", ["run", "folder"], id: "session.file.notRegular"),
    R("run missing", ["run", "missing.lode"], id: "session.file.unreadable"),
    R("check missing", ["check", "missing.lode"], id: "session.file.unreadable"),
    R("run failing", ["run", "failing.lode"], id: "query.unknownCommand"),
    BadInput(
      "script: run --keep-going failing", arguments: ["run", "--keep-going", "failing.lode"],
      id: "query.unknownCommand", status: 1, goesOn: true),
    R("run newer version", ["run", "newer.lode"], id: "session.script.version"),
    R("run binary", ["run", "binary.txt"], id: "session.file.notText"),
    R("check not a transcript", ["check", "plain.lode"], id: "session.check.notTranscript"),
    R("run cycle", ["run", "cycle.lode"], id: "session.run.cycle"),
    R("run unfinished", ["run", "unfinished.lode"], id: "query.parse.emptyStage"),
    R("run stdin failing", ["run", "-"], id: "query.unknownCommand", stdin: "cout\n"),
    R("piped unfinished pipe", [], id: "shell.input.unfinished", stdin: "quotes |\n"),
    R("piped unclosed string", [], id: "shell.input.unfinished", stdin: "\"abc\n"),
    R("piped unclosed paren", [], id: "shell.input.unfinished", stdin: "(1 + 2\n"),
    R("piped unclosed list", [], id: "shell.input.unfinished", stdin: "[1, 2\n"),
    R(
      "piped unfinished after good lines", [], id: "shell.input.unfinished",
      stdin: "1 + 1\n2 + 2\nquotes |\n  where speaker ~ \"zel\n"),
  ]
}
