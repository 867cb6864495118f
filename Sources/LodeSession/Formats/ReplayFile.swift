/// A script or a transcript, read for replay: its header and its inputs in order.
public struct ReplayFile: Sendable, Hashable {
  public var script: Script
  public var isTranscript: Bool

  /// Parses `text` as a transcript when it has `lode> ` lines, else as a script.
  public static func parse(_ text: String) -> ReplayFile {
    if Transcript.looksLikeTranscript(text) {
      let t = Transcript.parse(text)
      return ReplayFile(
        script: Script(
          version: t.version, corpus: t.corpus,
          statements: t.entries.map { ScriptStatement($0.input, line: $0.line) }),
        isTranscript: true)
    }
    return ReplayFile(script: Script.parse(text), isTranscript: false)
  }
}
