import Foundation
import Testing

@testable import LineEditor

#if canImport(Glibc)
import Glibc
#endif

@Suite struct PlainReaderTests {
  /// Pipes stay open while the suite lives: a `FileHandle` closes its descriptor when freed.
  final class Pipes: @unchecked Sendable { var open: [Pipe] = [] }
  let pipes = Pipes()

  /// A reader over a pipe already holding `bytes` (and closed for writing).
  func reader(_ bytes: [UInt8], maxLineBytes: Int = 1 << 20) -> PlainReader {
    let pipe = Pipe()
    pipes.open.append(pipe)
    pipe.fileHandleForWriting.write(Data(bytes))
    try? pipe.fileHandleForWriting.close()
    return PlainReader(
      fileDescriptor: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: maxLineBytes)
  }

  func readAll(_ r: PlainReader) -> [String] {
    var lines: [String] = []
    while case .line(let l) = r.readLine(prompt: "lode> ") { lines.append(l) }
    return lines
  }

  @Test func readsLinesWithAnyEndingAndAFinalLineWithoutNewline() {
    #expect(readAll(reader(Array("a\r\nb\n\nc".utf8))) == ["a", "b", "", "c"])
  }

  @Test func invalidUTF8BecomesReplacementCharacters() {
    #expect(readAll(reader([0x61, 0xFF, 0x62, 0x0A])) == ["a\u{FFFD}b"])
  }

  @Test func anOverLongLineIsSkippedWithOneWarning() {
    let long = [UInt8](repeating: 0x78, count: 5000)
    let r = reader(Array("first\n".utf8) + long + Array("\nlast\n".utf8), maxLineBytes: 100)
    #expect(readAll(r) == ["first", "last"])
    #expect(r.takeWarnings() == ["line 2 is longer than 100 bytes; skipped"])
  }

  @Test func endOfInputRepeats() {
    let r = reader([])
    #expect(r.readLine(prompt: "") == .endOfInput)
    #expect(r.readLine(prompt: "") == .endOfInput)
    #expect(!r.isInteractive)
  }
}
