import LodePluginProtocol

/// The plugin-protocol target: the first byte picks the line limit and the chunk size, the
/// rest is what a plugin (or lode) writes to the pipe.
///
/// Checks: `LineBuffer` returns exactly the lines a plain split gives and stops at the first
/// line over the limit; every message that decodes encodes to one line that decodes back equal.
enum ProtocolFuzz {
  static func run(_ data: [UInt8]) -> [FuzzFinding] {
    var f = Findings()
    guard let control = data.first else { return [] }
    let stream = Array(data.dropFirst())
    let limit = 1 + Int(control & 0x0F) * 64
    let chunk = 1 + Int(control >> 4) * 17
    let (lines, stopped) = read(stream, limit: limit, chunk: chunk)
    let (expected, tooLong) = reference(stream, limit: limit)
    f.check(
      lines == expected && stopped == tooLong, "lineBuffer.lines",
      "\(lines.count) lines (stopped: \(stopped)) where a split gives \(expected.count) (too long: \(tooLong))")
    for line in lines { decode(line, &f) }
    return f.items
  }

  /// Feeds the stream in chunks and collects lines until the buffer throws.
  static func read(_ stream: [UInt8], limit: Int, chunk: Int) -> ([[UInt8]], Bool) {
    var buffer = LineBuffer(limit: limit)
    var lines: [[UInt8]] = []
    var at = 0
    repeat {
      let end = min(stream.count, at + chunk)
      buffer.append(Array(stream[at..<end]))
      at = end
      do {
        while let line = try buffer.nextLine() { lines.append(line) }
      } catch {
        return (lines, true)
      }
    } while at < stream.count
    return (lines, false)
  }

  /// The lines a plain split gives: `\n`-terminated, one `\r` before it dropped; a line
  /// (or unterminated tail) longer than `limit` bytes before its newline stops the reading.
  static func reference(_ stream: [UInt8], limit: Int) -> ([[UInt8]], Bool) {
    var lines: [[UInt8]] = []
    var rest = stream[...]
    while let i = rest.firstIndex(of: UInt8(ascii: "\n")) {
      var line = Array(rest[..<i])
      if line.count > limit { return (lines, true) }
      if line.last == UInt8(ascii: "\r") { line.removeLast() }
      lines.append(line)
      rest = rest[(i + 1)...]
    }
    return (lines, rest.count > limit)
  }

  /// Decodes a line as each message type lode and plugins exchange, and round-trips successes.
  static func decode(_ line: [UInt8], _ f: inout Findings) {
    roundTrip(PluginMessage.self, line, &f)
    roundTrip(HostMessage.self, line, &f)
    roundTrip(PluginCall.self, line, &f)
    roundTrip(WireValue.self, line, &f)
    let preview = MessageCodec.preview(line)
    f.check(preview.count <= 83, "codec.preview", "preview of \(preview.count) characters")
  }

  static func roundTrip<T: Codable & Equatable>(_ type: T.Type, _ line: [UInt8], _ f: inout Findings) {
    let message: T
    do throws(ProtocolError) {
      message = try MessageCodec.decode(T.self, from: line)
    } catch {
      f.check(!"\(error)".isEmpty, "codec.error", "empty error for \(T.self)")
      return
    }
    let encoded: [UInt8]
    do throws(ProtocolError) {
      encoded = try MessageCodec.line(message)
    } catch {
      f.fail("codec.encode", "\(T.self) decoded from \(MessageCodec.preview(line)) does not encode: \(error)")
      return
    }
    f.check(
      encoded.last == UInt8(ascii: "\n") && encoded.dropLast().firstIndex(of: UInt8(ascii: "\n")) == nil,
      "codec.oneLine", "\(T.self) encodes to more than one line")
    let body = Array(encoded.dropLast())
    do throws(ProtocolError) {
      let back = try MessageCodec.decode(T.self, from: body)
      f.check(
        back == message, "codec.roundTrip",
        "\(T.self) from \(MessageCodec.preview(line)) re-encodes as \(MessageCodec.preview(body)), which decodes differently"
      )
    } catch {
      f.fail(
        "codec.reDecode",
        "\(T.self) from \(MessageCodec.preview(line)) re-encodes as \(MessageCodec.preview(body)), which fails: \(error)"
      )
    }
  }
}
