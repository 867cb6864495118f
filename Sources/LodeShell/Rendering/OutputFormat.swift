/// The output formats of `--format` and `:format`.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, csv, md
}
