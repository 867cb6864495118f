import LodeCore

/// A stored value that takes no part in equality or hashing of AST nodes.
///
/// Lets `parse(print(ast)) == ast` hold although printing changes positions.
@propertyWrapper
public struct Ignored<T: Sendable>: Hashable, Sendable {
  public var wrappedValue: T
  public init(wrappedValue: T) { self.wrappedValue = wrappedValue }
  public static func == (_: Ignored, _: Ignored) -> Bool { true }
  public func hash(into hasher: inout Hasher) {}
}

/// A span that equality ignores.
public typealias SpanIgnored = Ignored<SourceSpan>
