import LodePluginProtocol
import Testing

@Test func linesSplitAcrossChunksComeOutWhole() throws {
  var b = LineBuffer(limit: 100)
  b.append(Array("{\"a\":".utf8))
  #expect(try b.nextLine() == nil)
  b.append(Array("1}\r\n{\"b\":2}\nrest".utf8))
  #expect(try b.nextLine() == Array("{\"a\":1}".utf8))
  #expect(try b.nextLine() == Array("{\"b\":2}".utf8))
  #expect(try b.nextLine() == nil)
  #expect(b.pendingCount == 4)
}

@Test func aLineOverTheLimitIsRefusedBeforeItsNewlineArrives() {
  var b = LineBuffer(limit: 10)
  b.append(Array("12345678901".utf8))
  #expect(throws: LineBuffer.LineTooLong.self) { try b.nextLine() }
  var c = LineBuffer(limit: 10)
  c.append(Array("1234567890\n".utf8))
  #expect((try? c.nextLine()) == Array("1234567890".utf8))
}
