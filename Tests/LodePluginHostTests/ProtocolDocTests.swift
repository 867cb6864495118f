import Foundation
import LodeCore
import LodePluginHost
import Testing

/// The plugin in PROTOCOL.md §1 is copied out of the document and must work as written,
/// so the page an outsider reads cannot drift from what lode accepts.
@Test func theTwoFilePluginInProtocolMDWorksAsWritten() throws {
  let doc = try String(
    contentsOfFile: FixturePaths.packageRoot + "/plugins/PROTOCOL.md", encoding: .utf8)
  let section = try #require(
    doc.components(separatedBy: "## 1. ").dropFirst().first?.components(separatedBy: "\n## 2.")
      .first)
  func block(_ language: String) throws -> String {
    let parts = section.components(separatedBy: "```\(language)\n")
    let body = try #require(parts.dropFirst().first?.components(separatedBy: "```").first)
    return body
  }
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lode-doc-\(UUID().uuidString)/shout")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
  try Data(try block("json").utf8).write(to: dir.appendingPathComponent("plugin.json"))
  try Data(try block("python").utf8).write(to: dir.appendingPathComponent("shout.py"))

  let h = try HostHarness([dir.deletingLastPathComponent().path])
  #expect(h.warnings.isEmpty, "\(h.warnings)")
  let shout = try #require(h.commands["shout"])
  #expect(shout.usage == "shout WORD")
  #expect(shout.examples.first?.output == "HELLO")
  #expect(h.run("shout", arguments: ["word": .string("hello")]).output?.value == .string("HELLO"))
  #expect(h.status("shout")?.state == .running)
  h.host.shutdown()
}

/// The manual session in PROTOCOL.md §10 prints what the document says it prints.
@Test func theHandTestInProtocolMDPrintsWhatItClaims() throws {
  let doc = try String(
    contentsOfFile: FixturePaths.packageRoot + "/plugins/PROTOCOL.md", encoding: .utf8)
  let section = try #require(doc.components(separatedBy: "## 10. ").dropFirst().first)
  let expected = try #require(
    section.components(separatedBy: "Expected:\n\n```\n").dropFirst().first?.components(
      separatedBy: "```"
    ).first)
  #expect(expected.hasPrefix(#"{"type": "hello", "protocol": 1"#))
  let shoutPy = try #require(
    doc.components(separatedBy: "```python\n").dropFirst().first?.components(separatedBy: "```")
      .first)
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lode-hand-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  try Data(shoutPy.utf8).write(to: dir.appendingPathComponent("shout.py"))
  let lines = section.components(separatedBy: "\n").filter { $0.hasPrefix("  '{") }
    .map { String($0.dropFirst(3).prefix { $0 != "'" }) }
  #expect(lines.count == 3)
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = ["python3", "shout.py"]
  p.currentDirectoryURL = dir
  let stdin = Pipe()
  let stdout = Pipe()
  p.standardInput = stdin
  p.standardOutput = stdout
  try p.run()
  stdin.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  try stdin.fileHandleForWriting.close()
  let out = stdout.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  #expect(String(decoding: out, as: UTF8.self) == expected)
}
