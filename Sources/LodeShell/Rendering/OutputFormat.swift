/// The output formats of `--format` and `:format`.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, jsonl, csv, md

  /// Formats another program reads: notes go to stderr so stdout stays one document.
  public var isMachine: Bool { self != .table }
}
