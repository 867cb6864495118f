import LodeCore

/// How a `Shell` starts: output format, colour, which documents to load, table geometry.
public struct ShellOptions: Sendable {
  public var format: OutputFormat
  /// ANSI colour in interactive output (never in `Shell.run`'s returned text).
  public var color: Bool
  /// A folder (or file) of documents replacing the bundled seed articles; nil = bundled.
  public var seeds: String?
  /// Load documents at start-up (tests of the shell itself may skip it).
  public var loadCorpus: Bool
  /// Table width in columns; nil = the `width` setting, else the terminal's, else 100.
  public var width: Int?
  /// Rows the table view shows before cutting (with a footer); nil = all.
  public var maxRows: Int?
  /// Commands registered after the standard ones (tests, embedders); clashes are reported.
  public var extraCommands: [CommandDescriptor]

  public init(
    format: OutputFormat = .table, color: Bool = false, seeds: String? = nil,
    loadCorpus: Bool = true, width: Int? = nil, maxRows: Int? = TableRenderer.defaultMaxRows,
    extraCommands: [CommandDescriptor] = []
  ) {
    self.extraCommands = extraCommands
    self.format = format
    self.color = color
    self.seeds = seeds
    self.loadCorpus = loadCorpus
    self.width = width
    self.maxRows = maxRows
  }
}
