/// A piece of a cache section as it is written: the writer's own buffers (its 32-bit words,
/// its string bytes) go to the file as they are, instead of first being copied into one
/// buffer per section (on a large corpus, hundreds of megabytes of fresh memory), and what a
/// section spilled while it was encoded (`ScratchFile`) is copied over a piece at a time.
enum CacheChunk: Sendable {
  case bytes([UInt8])
  /// Little-endian on disk: on a big-endian machine they are swapped when made.
  case words([UInt32])
  case scratch(ScratchFile)

  static func littleEndian(_ words: [UInt32]) -> CacheChunk {
    #if _endian(little)
    return .words(words)
    #else
    return .words(words.map(\.littleEndian))
    #endif
  }

  var count: Int {
    switch self {
    case .bytes(let b): return b.count
    case .words(let w): return 4 * w.count
    case .scratch(let f): return f.count
    }
  }

  /// `body` over the chunk's bytes, in order, in one or more pieces; false when a spilled
  /// chunk could not be read back.
  func pieces(_ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
    switch self {
    case .bytes(let b): b.withUnsafeBytes(body)
    case .words(let w): w.withUnsafeBytes(body)
    case .scratch(let f): return !f.failed && f.read(body)
    }
    return true
  }
}
