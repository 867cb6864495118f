/// An error or warning as data: a kind, a stable id, a message, where, and a hint.
///
/// Nothing below the shell formats diagnostics as text; `LodeShell` renders them
/// (input echoed, caret under the span, hint, "did you mean").
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
  /// Broad class of problem; decides the exit code and the rendering prefix.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case syntax, type, name, argument, runtime, io, plugin, session, extraction, warning
  }

  public var kind: Kind
  /// Stable identifier such as `query.parse.unexpectedToken`; tests and docs key on it.
  public var id: String
  public var message: String
  /// Span in the text named by `source` (the typed line when `source` is nil).
  public var span: SourceSpan?
  /// What to do about it, e.g. `set a rate with :set fx.EUR 1.08`.
  public var hint: String?
  /// Close alternatives for a misspelt name ("did you mean").
  public var suggestions: [String]
  /// Where the span points when it is not the current input: a file path, `plugin:NAME`.
  public var source: String?
  /// Extra lines of context (e.g. a plugin's last stderr lines).
  public var notes: [String]

  public init(
    _ kind: Kind, id: String, _ message: String, span: SourceSpan? = nil, hint: String? = nil,
    suggestions: [String] = [], source: String? = nil, notes: [String] = []
  ) {
    self.kind = kind
    self.id = id
    self.message = message
    self.span = span
    self.hint = hint
    self.suggestions = suggestions
    self.source = source
    self.notes = notes
  }

  public var isWarning: Bool { kind == .warning }

  /// A copy pointing at `span`, unless it already points somewhere.
  public func located(at span: SourceSpan?) -> Diagnostic {
    var copy = self
    if copy.span == nil { copy.span = span }
    return copy
  }

  public var description: String {
    var s = "\(kind.rawValue) error[\(id)]: \(message)"
    if let span { s += " at \(span)" }
    if let hint { s += " (hint: \(hint))" }
    return s
  }
}
