import LodeCore

/// How one transcript compared: its mismatches and the text `--update` would write.
public struct FileCheck: Sendable, Hashable {
  /// An input whose output differs from the expected one.
  public struct Mismatch: Sendable, Hashable {
    public var entry: Transcript.Entry
    public var actual: [String]
  }

  /// The transcript's path as shown (relative to the working directory).
  public var name: String
  /// The `# corpus:` header, if any.
  public var recordedCorpus: String?
  /// The runner's corpus fingerprint before replay.
  public var corpus: String
  public var inputs = 0
  public var mismatches: [Mismatch] = []
  /// The transcript with every expected output replaced by the actual one.
  public var updatedText = ""
  /// Whether `--update` rewrote the file.
  public var rewritten = false

  public var corpusChanged: Bool { recordedCorpus.map { $0 != corpus } ?? false }
  public var needsRewrite: Bool { !mismatches.isEmpty || corpusChanged }
}

/// The outcome of `lode check`: counts, per-file reports and file-level errors.
public struct CheckResult: Sendable, Hashable {
  public var files: [FileCheck] = []
  /// Files that could not be read or are not transcripts.
  public var diagnostics: [Diagnostic] = []

  public init() {}

  mutating func add(_ reports: [FileCheck]) { files += reports }

  public var inputs: Int { files.reduce(0) { $0 + $1.inputs } }
  public var mismatches: Int { files.reduce(0) { $0 + $1.mismatches.count } }

  /// 1 on any mismatch (unless they were updated) or unreadable file, else 0.
  public var exitStatus: Int32 {
    if !diagnostics.isEmpty { return 1 }
    return files.contains { !$0.mismatches.isEmpty && !$0.rewritten } ? 1 : 0
  }

  /// `ok: 3 transcripts, 20 inputs` or `FAIL: 2 of 20 outputs differ in 1 of 3 transcripts`.
  public func summary(updating: Bool) -> String {
    let t = files.count == 1 ? "transcript" : "transcripts"
    let failing = files.filter { !$0.mismatches.isEmpty }.count
    if updating {
      return "updated \(mismatches) of \(inputs) outputs in \(failing) of \(files.count) \(t)"
    }
    if mismatches == 0 {
      return "\(diagnostics.isEmpty ? "ok" : "FAIL"): \(files.count) \(t), \(inputs) inputs"
    }
    return "FAIL: \(mismatches) of \(inputs) outputs differ in \(failing) of \(files.count) \(t)"
  }
}
