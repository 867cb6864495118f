/// What Tab may insert: candidates replacing the text from `replaceFrom` to the cursor.
///
/// Offsets are Unicode-scalar offsets into the line.
public struct CompletionResult: Sendable, Hashable {
  public var replaceFrom: Int
  public var candidates: [CompletionCandidate]

  public init(replaceFrom: Int, candidates: [CompletionCandidate]) {
    self.replaceFrom = replaceFrom
    self.candidates = candidates
  }
}

/// One completion: the text to insert, what kind of thing it is, and a short detail.
public struct CompletionCandidate: Sendable, Hashable {
  /// What a candidate names; the shell may colour or group by it.
  public enum Kind: String, Sendable, Hashable {
    case command, field, `operator`, value, variable, keyword, function, file
  }

  public var text: String
  public var kind: Kind
  public var detail: String?

  public init(text: String, kind: Kind, detail: String? = nil) {
    self.text = text
    self.kind = kind
    self.detail = detail
  }

  public init(_ text: String, kind: Kind, detail: String? = nil) {
    self.init(text: text, kind: kind, detail: detail)
  }
}
