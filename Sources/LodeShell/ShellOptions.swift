import Foundation
import LodeCore
import LodePluginHost

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
  /// Folders searched for plugins, in order; nil turns plugins off (see `PluginHost`).
  public var pluginPaths: [String]?
  /// Journal every entered line under the XDG state directory (interactive sessions).
  public var journal: Bool
  /// Folder that relative paths in `:load`, `:run`, `:save` resolve against.
  public var baseDirectory: String
  /// Draw a progress line on standard error while documents load (`--seeds`, `:load`);
  /// set only when standard error is a terminal. `Shell.run` never draws it.
  public var progress: Bool = false
  /// Folder in which the bundled seeds' extraction is cached per build (`lode` passes
  /// `~/.cache/lode`); nil extracts them afresh each start.
  public var cacheFolder: String?
  /// Which plugin folders need trust before they run (`PluginTrust`); nil trusts every
  /// folder on `pluginPaths` (tests, embedders).
  public var pluginTrust: PluginTrust?

  /// `$XDG_CACHE_HOME/lode`, else `~/.cache/lode`; nil without either.
  public static func defaultCacheFolder(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/lode" }
    if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/lode" }
    return nil
  }

  /// lode's version, reported by `--version` and in the plugin handshake.
  public static let version = "0.1.0"

  public init(
    format: OutputFormat = .table, color: Bool = false, seeds: String? = nil,
    loadCorpus: Bool = true, width: Int? = nil, maxRows: Int? = TableRenderer.defaultMaxRows,
    extraCommands: [CommandDescriptor] = [], pluginPaths: [String]? = nil, journal: Bool = false,
    baseDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    self.pluginPaths = pluginPaths
    self.journal = journal
    self.baseDirectory = baseDirectory
    self.extraCommands = extraCommands
    self.format = format
    self.color = color
    self.seeds = seeds
    self.loadCorpus = loadCorpus
    self.width = width
    self.maxRows = maxRows
  }
}
