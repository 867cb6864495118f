import Foundation
import LodeCore
import LodeExtract
import Testing

/// Over the extraction fuzz corpus: every token's hashes and key length are those of its
/// own sliced text (`WordTable.hash` of `Fold.key` and of the text as written), so the
/// tokenizer's fast folding and hashing can change without changing what words match.
@Suite struct TokenHashTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("LodeFuzzTests/Corpus/extract")

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
  }

  @Test func theCorpusIsThere() {
    #expect(Self.files.count == 15)
  }

  @Test(arguments: files)
  func everyTokensHashesAreThoseOfItsText(_ name: String) throws {
    let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
    let text = String(decoding: data, as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    var mismatches: [String] = []
    for t in Tokenizer.tokenize(TextSlicer(text)) {
      let sliced = String(String.UnicodeScalarView(scalars[t.start..<t.end]))
      let key = Fold.key(sliced)
      if t.hash != WordTable<Bool>.hash(key) || t.rawHash != WordTable<Bool>.hash(sliced)
        || Int(t.keyCount) != key.utf8.count
      {
        mismatches.append("\(t.start)..<\(t.end) “\(sliced)” key “\(key)”")
      }
    }
    #expect(Array(mismatches.prefix(5)) == [], "\(mismatches.count) tokens in \(name)")
  }
}

/// A possessive after a curly apostrophe is keyed like one after a straight one.
@Test func curlyAndStraightPossessivesShareTheirKey() {
  let curly = Tokenizer.tokenize(TextSlicer("The minister\u{2019}s plan"))
  let straight = Tokenizer.tokenize(TextSlicer("The minister's plan"))
  #expect(curly.map(\.kind) == straight.map(\.kind))
  #expect(curly.map(\.hash) == straight.map(\.hash))
  #expect(curly[2].kind == .possessive)
}
