import LodeCore

/// Writes a session as a replayable script (`:save FILE`) or as a transcript of inputs
/// and outputs (`:save --transcript FILE`), and saves either without overwriting.
///
/// Both start with the format version and the corpus fingerprint, then the settings that
/// differ from their defaults as `:set` lines, then the session's replayable lines in order.
public struct ScriptWriter: Sendable {
  public var corpusFingerprint: String
  public var settings: [(name: String, value: String)]
  public var records: [SessionRecord]

  public init(
    corpusFingerprint: String, settings: [(name: String, value: String)],
    records: [SessionRecord]
  ) {
    self.corpusFingerprint = corpusFingerprint
    self.settings = settings
    self.records = records
  }

  /// The settings the runner reports as changed from their defaults, sorted by name.
  public var changedSettings: [(name: String, value: String)] {
    settings.sorted { $0.name < $1.name }
  }

  /// The lines that replay: everything except `:save`, `:quit`, `:history`, `:journal`.
  public var replayable: [SessionRecord] { records.filter(\.isReplayable) }

  /// The script: header, `:set` lines, statements; failed ones as `# failed:` comments.
  public func script() -> String {
    var out = [
      "# lode script \(Script.currentVersion)", "# corpus: \(corpusFingerprint)",
    ]
    out += changedSettings.map { ":set \($0.name) \($0.value)" }
    for record in replayable {
      let lines = record.input.split(separator: "\n", omittingEmptySubsequences: false)
      guard record.failed else {
        out += lines.map(String.init)
        continue
      }
      for (n, line) in lines.enumerated() {
        out.append(n == 0 ? "# failed: \(line)" : "# ...> \(line)")
      }
      if let summary = record.errorSummary, !summary.isEmpty {
        out.append("#   \(summary)")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The transcript: header, `:set` inputs, then every replayable input with its output.
  public func transcript() -> String {
    var items: [Transcript.Item] = [
      .comment("# lode transcript \(Script.currentVersion)"),
      .comment("# corpus: \(corpusFingerprint)"),
    ]
    items += changedSettings.map {
      .entry(Transcript.Entry(input: ":set \($0.name) \($0.value)", expected: []))
    }
    items += replayable.map {
      .entry(
        Transcript.Entry(
          input: $0.input, expected: OutputLines.trimmed(OutputLines.split($0.output))))
    }
    return Transcript(items: items).text()
  }

  /// Saves the script (or transcript) to `path`; an existing file is an error unless `force`.
  public func save(
    to path: String, transcript asTranscript: Bool = false, force: Bool
  )
    throws(Diagnostic)
  {
    try SessionFiles.write(asTranscript ? transcript() : script(), to: path, force: force)
  }
}
