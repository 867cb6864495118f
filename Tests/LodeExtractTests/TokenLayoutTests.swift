import LodeExtract
import Testing

/// A token is plain data: bitwise copyable (no references, so copying the token array
/// retains nothing) and 48 bytes, which every stage's walk over the tokens relies on.
@Suite struct TokenLayoutTests {
  /// Compiles only while `T` is declared `BitwiseCopyable`.
  func requireBitwiseCopyable<T: BitwiseCopyable>(_: T.Type) {}

  @Test func aTokenIsFortyEightBytesOfPlainData() {
    requireBitwiseCopyable(Token.self)
    #expect(_isPOD(Token.self))
    #expect(MemoryLayout<Token>.size == 48)
    #expect(MemoryLayout<Token>.stride == 48)
    #expect(MemoryLayout<Token>.alignment == 8)
  }
}
