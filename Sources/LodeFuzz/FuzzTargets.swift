/// The fuzz entry points: ordinary functions, so `swift test` replays the seed corpus through
/// them and `scripts/fuzz` hands them libFuzzer's inputs with coverage feedback.
///
/// Each returns the invariants the input broke (empty when all held); a trap is a bug too.
public enum FuzzTargets {
  /// A fuzz target by the name `scripts/fuzz` and the corpus folders use.
  public enum Target: String, CaseIterable, Sendable {
    case query, extract
    case pluginProtocol = "protocol"
  }

  /// Query language: lex, parse, print, re-parse, execute, complete.
  @discardableResult
  public static func query(_ data: [UInt8]) -> [FuzzFinding] { QueryFuzz.run(data) }

  /// Extractor: bytes through the loader's checks, then the full extraction.
  @discardableResult
  public static func extract(_ data: [UInt8]) -> [FuzzFinding] { ExtractFuzz.run(data) }

  /// Plugin protocol: bytes through `LineBuffer`, `MessageCodec.decode` and `WireValue`.
  @discardableResult
  public static func pluginProtocol(_ data: [UInt8]) -> [FuzzFinding] { ProtocolFuzz.run(data) }

  /// Runs one target by name.
  @discardableResult
  public static func run(_ target: Target, _ data: [UInt8]) -> [FuzzFinding] {
    switch target {
    case .query: query(data)
    case .extract: extract(data)
    case .pluginProtocol: pluginProtocol(data)
    }
  }
}
