/// A piece of a cache section as it is written: the writer's own buffers (its 32-bit words,
/// its string bytes) go to the file as they are, instead of first being copied into one
/// buffer per section (on a large corpus, hundreds of megabytes of fresh memory).
enum CacheChunk: Sendable {
  case bytes([UInt8])
  /// Little-endian on disk: on a big-endian machine they are swapped when made.
  case words([UInt32])

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
    }
  }

  func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    switch self {
    case .bytes(let b): return b.withUnsafeBytes(body)
    case .words(let w): return w.withUnsafeBytes(body)
    }
  }
}
