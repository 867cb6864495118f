/// A plugin's `plugin.json`: who it is, how to start it, and its commands with help.
///
/// lode reads the manifest without starting the plugin, so help, completion and
/// argument checks work before the first call. See plugins/PROTOCOL.md for the format.
public struct PluginManifest: Codable, Hashable, Sendable {
  public var name: String
  public var version: String
  public var `protocol`: Int
  /// argv to start the plugin, run in the plugin's folder (`["python3", "tone.py"]`).
  public var run: [String]
  public var description: String?
  public var commands: [Command]

  /// One command the plugin provides, as declared in the manifest.
  public struct Command: Codable, Hashable, Sendable {
    public var name: String
    public var summary: String
    public var discussion: String?
    public var aliases: [String]?
    public var parameters: [Parameter]?
    public var flags: [Flag]?
    public var examples: [Example]?
    public var input: String?
    public var output: String?
    /// The output table's columns, when known, so completion can offer them.
    public var columns: [Column]?
  }

  /// A positional parameter; `shape` is one of value, word, keyword, fields, choice.
  public struct Parameter: Codable, Hashable, Sendable {
    public var name: String
    public var shape: String
    public var type: String?
    public var optional: Bool?
    /// For shape `keyword`: the literal word. For other shapes: the word that
    /// introduces an optional parameter (`from DATE`).
    public var keyword: String?
    public var choices: [String]?
    public var help: String?
    public var completion: Completion?
  }

  /// A `--name` switch (no `type`) or `--name VALUE` option.
  public struct Flag: Codable, Hashable, Sendable {
    public var name: String
    public var short: String?
    public var type: String?
    public var help: String?
    public var completion: Completion?
  }

  /// A worked example; one with an `output` runs as a test.
  public struct Example: Codable, Hashable, Sendable {
    public var summary: String
    public var input: String
    public var output: String?
  }

  /// A column of the output table.
  public struct Column: Codable, Hashable, Sendable {
    public var name: String
    public var type: String?
    public var hidden: Bool?
  }

  /// What Tab offers: a list of words, or `"fields"`, `"files"`, `"files:csv,tsv"`,
  /// `"domain:people"`.
  public enum Completion: Codable, Hashable, Sendable {
    case words([String])
    case named(String)

    public init(from decoder: any Decoder) throws {
      let c = try decoder.singleValueContainer()
      if let words = try? c.decode([String].self) {
        self = .words(words)
      } else {
        self = .named(try c.decode(String.self))
      }
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.singleValueContainer()
      switch self {
      case .words(let w): try c.encode(w)
      case .named(let n): try c.encode(n)
      }
    }
  }
}
