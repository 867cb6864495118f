/// One file embedded in the binary by `scripts/embed-seeds`: its name and UTF-8 text.
public struct BundledFile: Sendable, Hashable {
  public var name: String
  public var text: String

  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}
