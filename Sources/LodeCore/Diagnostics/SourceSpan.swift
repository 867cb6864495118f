/// A half-open range of Unicode-scalar offsets into one piece of source text.
///
/// Used for query input (offsets into the typed line) and for document text
/// (offsets into the document body after front matter), so that every error and
/// every extracted fact can point back at exactly what it came from.
public struct SourceSpan: Hashable, Sendable, Codable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }
  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  /// The smallest span that covers both.
  public func union(_ other: SourceSpan) -> SourceSpan {
    SourceSpan(min(start, other.start), max(end, other.end))
  }
  public var description: String { "\(start)..<\(end)" }
}

extension String {
  /// The substring covered by a span of Unicode-scalar offsets, clamped to the text.
  public func slice(_ span: SourceSpan) -> String {
    let scalars = unicodeScalars
    let count = scalars.count
    let lo = min(max(0, span.start), count)
    let hi = min(max(lo, span.end), count)
    let a = scalars.index(scalars.startIndex, offsetBy: lo)
    let b = scalars.index(a, offsetBy: hi - lo)
    return String(scalars[a..<b])
  }
}
