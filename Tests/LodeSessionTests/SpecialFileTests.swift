import Foundation
import LodeCore
import LodeTestSupport
import Testing

@testable import LodeSession

/// Issue 18, defects 6 and 11: sessions read and overwrite regular files only. FIFOs and
/// device nodes are made in a temporary folder, never the system's own /dev files.
@Suite struct SpecialFileTests {
  static func make(_ tool: String, _ arguments: [String]) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
    p.arguments = arguments
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
  }

  static func id(_ body: () throws(Diagnostic) -> Void) -> String? {
    do {
      try body()
      return nil
    } catch {
      return error.id
    }
  }

  @Test func aFIFOIsRefusedAsAScriptWithoutWaitingForAWriter() throws {
    let dir = try TemporaryDirectory()
    let fifo = dir.file("script.lode")
    #expect(try Self.make("mkfifo", [fifo]) == 0)
    // Before the fix this open blocked forever: no writer ever comes.
    #expect(Self.id { () throws(Diagnostic) in _ = try SessionFiles.readText(fifo) } == "session.file.notRegular")
    do {
      _ = try SessionFiles.readText(fifo)
    } catch {
      #expect(error.message.hasSuffix("it is a named pipe (FIFO)"))
    }
  }

  @Test func forceOverwritesARegularFile() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("out.lode", "old\n")
    try SessionFiles.write("new\n", to: path, force: true)
    #expect(try dir.read("out.lode") == "new\n")
  }

  @Test func forceNeverReplacesAFIFO() throws {
    let dir = try TemporaryDirectory()
    let fifo = dir.file("out.lode")
    #expect(try Self.make("mkfifo", [fifo]) == 0)
    #expect(
      Self.id { () throws(Diagnostic) in try SessionFiles.write("x\n", to: fifo, force: true) }
        == "session.save.notRegular")
    #expect(FileKind.of(fifo) == .fifo)
  }

  @Test func forceNeverReplacesASymbolicLinkItself() throws {
    let dir = try TemporaryDirectory()
    let target = try dir.write("target.txt", "keep\n")
    let link = dir.file("link.lode")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    #expect(
      Self.id { () throws(Diagnostic) in try SessionFiles.write("x\n", to: link, force: true) }
        == "session.save.notRegular")
    #expect(FileKind.of(link) == .symbolicLink)
    #expect(try dir.read("target.txt") == "keep\n")
  }

  @Test(.enabled(if: geteuid() == 0, "making a device node needs root"))
  func forceNeverReplacesADeviceNode() throws {
    let dir = try TemporaryDirectory()
    let device = dir.file("full")
    // The same device numbers as /dev/full (1, 7), made here, in a throwaway folder.
    #expect(try Self.make("mknod", [device, "c", "1", "7"]) == 0)
    #expect(
      Self.id { () throws(Diagnostic) in try SessionFiles.write("x\n", to: device, force: true) }
        == "session.save.notRegular")
    #expect(FileKind.of(device) == .characterDevice)
    #expect(Self.id { () throws(Diagnostic) in _ = try SessionFiles.readText(device) } == "session.file.notRegular")
  }
}
